import { testRule } from '../../rule-tester.js';
import { compactConfigText, configPath, CUSTOM_AND_IP, daemonSet, hostConfig, infra, oneLineConfigText, TWO_REGIONS, userDefinedId, workingIp } from './scene.js';

const HZ_CONFIG = '/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json';

/** One userdefined group `web` (web-prod) in cn-hangzhou, and the host hosts/web talking to cn-hangzhou. */
const SPARE = {
  'infra/main.tf': 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\nresource "alicloud_log_machine_group" "w" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
  [configPath('hosts/web')]: oneLineConfigText('cn-hangzhou'),
};

testRule('host/identity-matches-no-group', {
  valid: [
    {
      name: 'every identifier and the IP match',
      files: { ...infra(), ...hostConfig('hosts/web', 'cn-hangzhou', 'intranet', workingIp('10.0.0.5')), ...userDefinedId('hosts/web', 'web-prod', 'web-canary') },
    },
    {
      name: 'groups exist only in cn-hangzhou: a host in cn-shanghai is not judged',
      files: { ...infra(), ...hostConfig('h', 'cn-shanghai'), ...userDefinedId('h', 'x') },
    },
    { name: 'the host region is unknown', files: { ...infra(), ...userDefinedId('hosts/web', 'nope') } },
    {
      name: 'a group of the region has identifiers only known at apply time',
      files: {
        ...infra(),
        'infra/more.tf': 'resource "alicloud_log_machine_group" "more" {\n  project = "app-logs"\n  name = "more"\n  identify_type = "userdefined"\n  identify_list = var.ids\n}\n',
        ...hostConfig('h', 'cn-hangzhou'),
        ...userDefinedId('h', 'anything'),
      },
    },
    {
      name: 'a group of unknown region (a folder without provider) lists the identifier',
      files: {
        ...infra(),
        'other/main.tf': 'resource "alicloud_log_machine_group" "x" {\n  project = "elsewhere"\n  name = "x"\n  identify_type = "userdefined"\n  identify_list = ["lonely"]\n}\n',
        ...hostConfig('h', 'cn-hangzhou'),
        ...userDefinedId('h', 'lonely'),
      },
    },
    {
      name: 'a host whose identifiers join only another region is left to host/region-mismatch',
      files: { ...infra(), ...infra({ region: 'cn-beijing', file: 'bj/main.tf', webIds: ['bj-web'] }), ...hostConfig('h', 'cn-beijing'), ...userDefinedId('h', 'web-prod') },
    },
    {
      name: 'an aliased provider puts the group in cn-beijing, and the host talks to cn-beijing',
      files: { 'infra/main.tf': TWO_REGIONS, [configPath('hosts/bj')]: compactConfigText('cn-beijing'), ...userDefinedId('hosts/bj', 'bj-web') },
    },
    { name: 'an extra identifier beside one that places the host in a group', files: { ...SPARE, ...userDefinedId('hosts/web', 'web-prod', 'extra-id') } },
    { name: 'the IP of a host that its custom identifier places in a group is not judged', files: { ...CUSTOM_AND_IP, ...userDefinedId('hosts/web', 'web-prod') } },
  ],
  invalid: [
    {
      name: 'an identifier no group of the region lists, with did-you-mean and the region groups',
      files: { ...infra(), ...hostConfig('hosts/web', 'cn-hangzhou'), ...userDefinedId('hosts/web', 'web-prod', 'web-prd') },
      findings: [
        { file: 'hosts/web/etc/ilogtail/user_defined_id', at: '2:1-2:8', message: 'Custom identifier "web-prd" matches no machine group in cn-hangzhou, the region this host talks to (hosts/web/usr/local/ilogtail/ilogtail_config.json:5), so the groups meant for it send this host nothing (it gets configuration only through "web-prod"). Did you mean "web-prod" (machine group "web" of project "app-logs", infra/main.tf:13)? Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', related: ['hosts/web/usr/local/ilogtail/ilogtail_config.json@5:18-5:31', 'infra/main.tf@13:20-13:30'] },
      ],
    },
    {
      name: 'a working_ip no IP group of the region lists',
      files: { ...infra(), ...hostConfig('hosts/db', 'cn-hangzhou', 'intranet', workingIp('10.0.0.9')) },
      findings: [
        { file: 'hosts/db/usr/local/ilogtail/ilogtail_config.json', at: '9:17-9:27', message: 'working_ip "10.0.0.9" is in no IP machine group of cn-hangzhou, the region this host talks to (hosts/db/usr/local/ilogtail/ilogtail_config.json:5): the agent reports this IP verbatim, so SLS sends the host no Logtail configuration. Add 10.0.0.9 to the identify_list of an IP machine group of a cn-hangzhou project, or correct working_ip.', pointer: '/working_ip', related: ['hosts/db/usr/local/ilogtail/ilogtail_config.json@5:18-5:31', 'infra/main.tf@18:19-18:23'] },
      ],
    },
    {
      // issue 9: the host join for containers. A logtail DaemonSet's only identifier, with the region
      // from its ALIYUN_LOGTAIL_CONFIG path (here the -internet form), fed from a ConfigMap.
      name: 'a DaemonSet identifier from a ConfigMap that matches no group of the config path region',
      files: {
        ...infra(),
        'k8s/ds.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: logtail-env\ndata:\n  machine-id: "web-api"\n---\n' +
          'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          env:\n' +
          '            - name: ALIYUN_LOGTAIL_CONFIG\n              value: /etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json\n' +
          '            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID\n              valueFrom:\n                configMapKeyRef:\n                  name: logtail-env\n                  key: machine-id\n',
      },
      findings: [
        {
          file: 'k8s/ds.yaml',
          at: '22:17-24:34',
          message:
            'Custom identifier "web-api" matches no machine group in cn-hangzhou, the region this host talks to (k8s/ds.yaml:19), so SLS sends it no Logtail configuration. Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.',
        },
      ],
    },
    {
      name: 'ALIYUN_LOGTAIL_USER_DEFINED_ID is split on commas like the agent; the finding points at the env value',
      files: { ...infra(), 'k8s/ds.yaml': daemonSet({ config: `"${HZ_CONFIG}"`, userDefinedId: '"web-prod, web-prd"' }) },
      findings: [
        { file: 'k8s/ds.yaml', at: '15:22-15:41', message: 'Custom identifier "web-prd" matches no machine group in cn-hangzhou, the region this host talks to (k8s/ds.yaml:13), so the groups meant for it send this host nothing (it gets configuration only through "web-prod"). Did you mean "web-prod" (machine group "web" of project "app-logs", infra/main.tf:13)? Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', pointer: '/spec/template/spec/containers/0/env/1/value', related: ['k8s/ds.yaml@13:22-13:75', 'infra/main.tf@13:20-13:30'] },
      ],
    },
    {
      name: 'a near-miss of a group identifier beside a matching one is still a likely typo',
      files: { ...SPARE, ...userDefinedId('hosts/web', 'web-prod', 'web-prd') },
      findings: [
        { file: 'hosts/web/etc/ilogtail/user_defined_id', at: '2:1-2:8', message: 'Custom identifier "web-prd" matches no machine group in cn-hangzhou, the region this host talks to (hosts/web/usr/local/ilogtail/ilogtail_config.json:1), so the groups meant for it send this host nothing (it gets configuration only through "web-prod"). Did you mean "web-prod" (machine group "web" of project "logs", infra/main.tf:8)? Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', related: ['hosts/web/usr/local/ilogtail/ilogtail_config.json@1:112-1:125', 'infra/main.tf@8:20-8:30'] },
      ],
    },
    {
      name: 'two identifiers, neither in a group',
      files: { ...SPARE, ...userDefinedId('hosts/web', 'web-prd', 'extra-id') },
      findings: [
        { file: 'hosts/web/etc/ilogtail/user_defined_id', at: '1:1-1:8', message: 'Custom identifier "web-prd" matches no machine group in cn-hangzhou, the region this host talks to (hosts/web/usr/local/ilogtail/ilogtail_config.json:1), so SLS sends it no Logtail configuration. Did you mean "web-prod" (machine group "web" of project "logs", infra/main.tf:8)? Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', related: ['hosts/web/usr/local/ilogtail/ilogtail_config.json@1:112-1:125', 'infra/main.tf@8:20-8:30'] },
        { file: 'hosts/web/etc/ilogtail/user_defined_id', at: '2:1-2:9', message: 'Custom identifier "extra-id" matches no machine group in cn-hangzhou, the region this host talks to (hosts/web/usr/local/ilogtail/ilogtail_config.json:1), so SLS sends it no Logtail configuration. Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', related: ['hosts/web/usr/local/ilogtail/ilogtail_config.json@1:112-1:125', 'infra/main.tf@6:19-6:24'] },
      ],
    },
    {
      name: 'a host without custom identifier is identified by IP alone, and its working_ip is in no IP group',
      files: CUSTOM_AND_IP,
      findings: [
        { file: 'hosts/web/usr/local/ilogtail/ilogtail_config.json', at: '1:192-1:202', message: 'working_ip "10.0.0.5" is in no IP machine group of cn-hangzhou, the region this host talks to (hosts/web/usr/local/ilogtail/ilogtail_config.json:1): the agent reports this IP verbatim, so SLS sends the host no Logtail configuration. Add 10.0.0.5 to the identify_list of an IP machine group of a cn-hangzhou project, or correct working_ip.', pointer: '/working_ip', related: ['hosts/web/usr/local/ilogtail/ilogtail_config.json@1:112-1:125', 'infra/main.tf@15:19-15:23'] },
      ],
    },
    {
      name: 'Terraform groups with an aliased provider, a user_defined_id line, the region from a one-line data_server_list',
      files: { 'infra/main.tf': TWO_REGIONS, [configPath('hosts/web')]: compactConfigText('cn-hangzhou'), ...userDefinedId('hosts/web', 'web-prod', 'web-prd') },
      findings: [
        { file: 'hosts/web/etc/ilogtail/user_defined_id', at: '2:1-2:8', message: 'Custom identifier "web-prd" matches no machine group in cn-hangzhou, the region this host talks to (hosts/web/usr/local/ilogtail/ilogtail_config.json:3), so the groups meant for it send this host nothing (it gets configuration only through "web-prod"). Did you mean "web-prod" (machine group "web" of project "app-logs", infra/main.tf:19)? Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', related: ['hosts/web/usr/local/ilogtail/ilogtail_config.json@3:37-3:50', 'infra/main.tf@19:20-19:30'] },
      ],
    },
    {
      name: 'a Kubernetes container env without spaces, split on commas',
      files: { 'infra/main.tf': TWO_REGIONS, 'k8s/logtail-ds.yaml': daemonSet({ config: HZ_CONFIG, userDefinedId: '"web-prod,web-prd"' }) },
      findings: [
        { file: 'k8s/logtail-ds.yaml', at: '15:22-15:40', message: 'Custom identifier "web-prd" matches no machine group in cn-hangzhou, the region this host talks to (k8s/logtail-ds.yaml:13), so the groups meant for it send this host nothing (it gets configuration only through "web-prod"). Did you mean "web-prod" (machine group "web" of project "app-logs", infra/main.tf:19)? Correct the identifier, or add it to the identify_list of a userdefined machine group of a cn-hangzhou project.', pointer: '/spec/template/spec/containers/0/env/1/value', related: ['k8s/logtail-ds.yaml@13:22-13:73', 'infra/main.tf@19:20-19:30'] },
      ],
    },
  ],
});
