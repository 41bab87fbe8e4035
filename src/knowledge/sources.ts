/**
 * The sources behind the region table and the endpoint grammar: the keys `S1`…`S17` that each
 * row of src/knowledge/regions.ts cites, from the source table of
 * docs/reference/sls-regions-and-iac.md. Each entry names public pages or code at a commit.
 */
export const SOURCES: Readonly<Record<string, string>> = {
  S1: '服务入口 (service endpoints, Chinese, current): https://help.aliyun.com/zh/sls/developer-reference/service-entrance',
  S2: 'SLS "Endpoints" (English): https://alibabacloud.com/help/en/sls/endpoints (dated Nov 13 2024; Sydney marked "Closing Down") and https://alibabacloud.com/help/doc-detail/29007.htm (dated Dec 26 2024; Sydney marked "Closed").',
  S3: 'AlibabaCloudDocs/sls @070060e8 (2021-07-13): `intl.en-US/Developer Guide/API Reference/Endpoints.md`, `.../Install/Install Logtail in Linux.md`, `.../Install Logtail in Windows.md`, `.../Machine Group/*.md`, `Product Introduction/Limits/Basic resources.md`, `Data Collection/Collection acceleration/*.md`, the CLI doc `cn.zh-CN/开发指南/CLI参考/使用CLI/Logtail机器组管理/create_machine_group.md`, and the CRD doc `.../Container log collection/Use CRDs to collect Kubernetes container logs in DaemonSet mode.md`.',
  S4: 'SLS "Supported regions": https://www.alibabacloud.com/help/pt-br/sls/sls-supported-regions1 (Oct 29 2026; also the fr copy, Sep 2026), https://help.aliyun.com/en/sls/sls-supported-regions1 (undated; lists cn-wuhan-lr and "being decommissioned" notes), and the older https://www.alibabacloud.com/help/doc-detail/252819.htm (still lists Sydney and Mumbai).',
  S5: 'VPC-only internal domains: https://help.aliyun.com/zh/sls/developer-reference/vpc-private-intranet-domain-name. Also the API Host page https://help.aliyun.com/zh/sls/developer-reference/api-request-host-description and the API ListShards endpoint table https://www.alibabacloud.com/help/en/sls/api-listshards.',
  S6: 'Official installer `logtail.sh` v1.5.6, vendored verbatim in tianxiadys/workflows `docker/logtail/logtail.sh` @2c58b3c6. Its functions `generate_default_config_file`, `get_install_param_from_config_file` and `print_help` are the key parts.',
  S7: 'alibaba/ilogtail `core/common/util.cpp` @182267f3, function `GenerateLogtailConfigByInstallParam`.',
  S8: 'Doc "Logtail network types, startup parameters, and configuration files" (English, current). Overview page linking to it: https://alibabacloud.com/help/en/sls/user-guide/overview-17. Older split pages: https://alibabacloud.com/help/en/sls/user-guide/configure-the-startup-parameters-of-logtail and https://www.alibabacloud.com/help/doc-detail/91484.htm.',
  S9: 'alibaba/loongcollector @f02d9808 (2026-08-13): `core/app_config/AppConfig.cpp`, `AppConfig.h`, `core/common/LogtailCommonFlags.cpp`.',
  S10: 'aliyun/terraform-provider-alicloud @81c43b67 (2026-08-21): `alicloud/resource_alicloud_log_machine_group.go`, `resource_alicloud_sls_machine_group.go`, `resource_alicloud_log_project.go`, `resource_alicloud_logtail_config.go`, `resource_alicloud_logtail_attachment.go`, `alicloud/connectivity/regions.go`, and `website/docs/{r,d}/*.html.markdown`.',
  S11: 'CreateMachineGroup API (2020-12-30): https://help.aliyun.com/zh/sls/developer-reference/api-sls-2020-12-30-createmachinegroup, the machineGroup struct https://www.alibabacloud.com/help/en/sls/developer-reference/api-sls-2020-12-30-struct-machinegroup, and the resource reference https://help.aliyun.com/document_detail/29059.html.',
  S12: 'ROS: AlibabaCloudDocs/ros @71cb51a8 `intl.en-US/Resource Types/SLS/ALIYUN::SLS::MachineGroup.md` (2021); current page https://help.aliyun.com/en/ros/developer-reference/aliyun-sls-machinegroup; generated validators in the ROS CDK for `@alicloud/ros-cdk-sls` (aliyun/Resource-Orchestration-Service-Cloud-Development-Kit, `RosMachineGroupPropsValidator`).',
  S13: 'Pulumi registry: https://www.pulumi.com/registry/packages/alicloud/api-docs/log/machinegroup and https://www.pulumi.com/registry/packages/alicloud/api-docs/sls/machinegroup',
  S14: 'Basic resource limits: https://www.alibabacloud.com/help/en/sls/basic-resources (May 2026).',
  S15: 'Cross-region collection (Chinese): https://help.aliyun.com/zh/sls/cross-region-log-collection-through-logtail-and-alibaba-cloud-account. Docker/LoongCollector install: https://help.aliyun.com/zh/sls/collect-docker-container-text-logs',
  S16: 'Region closure news (secondary): The Register, 2024-07-01, https://www.theregister.com/2024/07/01/alibaba_cloud_closes_india_australia/ ; Techopedia https://www.techopedia.com/news/alibaba-cloud-to-shut-down-australia-and-india-data-centres',
  S17: 'Python SDK `aliyun/log/machinegroup_detail.py` (aliyun-log-python-sdk, https://github.com/aliyun/aliyun-log-python-sdk).',
};
