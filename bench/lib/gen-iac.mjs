// Infrastructure-as-code that defines SLS projects and machine groups (reference §D), plus
// Kubernetes DaemonSets and install scripts that carry the host-side settings (§C.7, §B.1).
import { REGIONS, regionTypo } from './gen-hosts.mjs';

const q = (s) => JSON.stringify(s);

/** The `n`-th distinct IPv4 address `first.x.y.z` (z in 1..250: no network or broadcast look). */
export function ipAt(first, n) {
  return `${first}.${Math.floor(n / 64_000) % 256}.${Math.floor(n / 250) % 256}.${(n % 250) + 1}`;
}
const hclList = (items, indent) => `[\n${items.map((i) => `${indent}  ${q(i)},`).join('\n')}\n${indent}]`;

/** providers.tf: the region every resource of the module lands in. */
export function tfProviders(rnd, env) {
  const region = env.mistake === 'provider-region-typo' ? regionTypo(rnd, env.region) : env.region;
  const regionExpr = env.regionVar ? 'var.region' : q(region);
  return `terraform {
  required_version = ">= 1.3.0"
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = ">= 1.220.0"
    }
  }
}

provider "alicloud" {
  region = ${regionExpr}
}
`;
}

export function tfVariables(env) {
  return `variable "region" {
  type        = string
  description = "Region of the ${env.name} log project"
  default     = ${q(env.region)}
}

variable "retention_days" {
  type    = number
  default = 30
}

variable "tags" {
  type    = map(string)
  default = { env = ${q(env.name)}, owner = "platform" }
}
`;
}

/** main.tf: the project, a logstore and a Logtail config the groups are attached to. */
export function tfMain(env) {
  return `resource "alicloud_log_project" "main" {
  project_name = ${q(env.project)}
  description  = "Logs for ${env.name}"
  tags         = var.tags
}

resource "alicloud_log_store" "app" {
  project_name          = alicloud_log_project.main.project_name
  logstore_name         = "app"
  retention_period      = var.retention_days
  shard_count           = 2
  auto_split            = true
  max_split_shard_count = 64
}

resource "alicloud_logtail_config" "app" {
  project     = alicloud_log_project.main.project_name
  logstore    = alicloud_log_store.app.logstore_name
  input_type  = "file"
  name        = "app-logs"
  output_type = "LogService"
  input_detail = jsonencode({
    logPath     = "/var/log/app"
    filePattern = "*.log"
    logType     = "json_log"
    topicFormat = "none"
  })
}
`;
}

/** machine_groups.tf: one group per role, attached to the app config. */
export function tfMachineGroups(rnd, env) {
  return env.groups
    .map((g) => {
      const name = g.mistake === 'capital-name' ? g.name.replace(/^./, (c) => c.toUpperCase()) : g.name;
      const ref = `alicloud_log_machine_group.${g.resource}`;
      // The mistake a converter makes: custom identifiers left with the default identify_type (ip).
      const typeLine = g.mistake === 'default-type-with-ids' || g.type === 'ip' ? '' : `  identify_type = ${q(g.type)}\n`;
      const group = g.sls
        ? `resource "alicloud_sls_machine_group" ${q(g.resource)} {
  project_name          = alicloud_log_project.main.project_name
  group_name            = ${q(name)}
  machine_identify_type = ${q(g.type)}
  machine_list          = ${hclList(g.ids, '  ')}
  group_attribute {
    group_topic = ${q(g.role)}
  }
}
`
        : `resource "alicloud_log_machine_group" ${q(g.resource)} {
  project       = alicloud_log_project.main.project_name
  name          = ${q(name)}
${typeLine}  topic         = ${q(g.role)}
  identify_list = ${hclList(g.ids, '  ')}
}
`;
      const attachName = g.sls ? `alicloud_sls_machine_group.${g.resource}.group_name` : `${ref}.name`;
      return `${group}
resource "alicloud_logtail_attachment" ${q(g.resource)} {
  project             = alicloud_log_project.main.project_name
  logtail_config_name = alicloud_logtail_config.app.name
  machine_group_name  = ${attachName}
}
`;
    })
    .join('\n');
}

export function tfOutputs(env) {
  return `output "project_name" {
  value = alicloud_log_project.main.project_name
}

output "machine_groups" {
  value = [${env.groups.map((g) => q(g.name)).join(', ')}]
}
`;
}

/** Terraform that has nothing to do with logs: most .tf files of an infra monorepo look like this. */
export function tfOtherInfra(rnd, index) {
  const n = index;
  const zone = `${rnd.pick(REGIONS)}-${rnd.pick(['a', 'b', 'g', 'h', 'i'])}`;
  return rnd.pick([
    () => `resource "alicloud_vpc" "vpc_${n}" {
  vpc_name   = "vpc-${n}"
  cidr_block = "10.${n % 250}.0.0/16"
}

resource "alicloud_vswitch" "vsw_${n}" {
  vpc_id       = alicloud_vpc.vpc_${n}.id
  cidr_block   = "10.${n % 250}.1.0/24"
  zone_id      = ${q(zone)}
  vswitch_name = "vsw-${n}"
}

resource "alicloud_security_group" "sg_${n}" {
  name   = "sg-${n}"
  vpc_id = alicloud_vpc.vpc_${n}.id
}
`,
    () => `data "alicloud_images" "al3" {
  name_regex = "^aliyun_3_x64"
  owners     = "system"
}

resource "alicloud_instance" "app_${n}" {
  count                = var.instance_count
  instance_name        = "app-${n}-\${count.index}"
  instance_type        = "ecs.g7.large"
  image_id             = data.alicloud_images.al3.images[0].id
  vswitch_id           = var.vswitch_id
  security_groups      = [var.security_group_id]
  system_disk_category = "cloud_essd"
  tags = {
    role = "app"
    n    = "${n}"
  }
}

variable "instance_count" {
  type    = number
  default = ${rnd.int(1, 6)}
}
`,
    () => `resource "alicloud_db_instance" "db_${n}" {
  engine           = "MySQL"
  engine_version   = "8.0"
  instance_type    = "mysql.n2.medium.1"
  instance_storage = ${rnd.int(2, 50) * 10}
  vswitch_id       = var.vswitch_id
  security_ips     = ["10.0.0.0/8"]
}

resource "alicloud_oss_bucket" "backup_${n}" {
  bucket = "acme-backup-${n}"
  acl    = "private"
  lifecycle_rule {
    enabled = true
    expiration {
      days = 90
    }
  }
}
`,
  ])();
}

/** A single Terraform file whose one IP machine group lists `count` private IPs. */
export function tfBigIpGroup(rnd, count, region = 'cn-hangzhou') {
  const ips = Array.from({ length: count }, (_, i) => ipAt(10, i));
  return `provider "alicloud" {
  region = ${q(region)}
}

resource "alicloud_log_project" "fleet" {
  project_name = "acme-fleet-logs"
}

resource "alicloud_log_machine_group" "fleet" {
  project       = alicloud_log_project.fleet.project_name
  name          = "fleet-ip-${count}"
  identify_type = "ip"
  identify_list = ${hclList(ips, '  ')}
}
`;
}

/** ROS template (YAML or JSON) with a project and userdefined machine groups (§D.2). */
export function rosTemplate(rnd, stack, format, { mistake = false } = {}) {
  const groups = Array.from({ length: rnd.int(1, 3) }, (_, i) => ({
    id: `MachineGroup${i + 1}`,
    name: `${stack}-group-${i + 1}`,
    type: 'userdefined',
    list: Array.from({ length: rnd.int(2, 12) }, (_, k) => `${stack}-node-${i + 1}-${k + 1}`),
  }));
  const resources = {
    LogProject: { Type: 'ALIYUN::SLS::Project', Properties: { Name: `${stack}-logs`, Description: `Logs of ${stack}` } },
  };
  for (const g of groups) {
    resources[g.id] = {
      Type: 'ALIYUN::SLS::MachineGroup',
      Properties: {
        GroupName: g.name,
        ProjectName: { 'Fn::GetAtt': ['LogProject', 'Name'] },
        MachineIdentifyType: mistake && g === groups[0] ? 'UserDefined' : g.type,
        MachineList: g.list,
        GroupAttribute: JSON.stringify({ groupTopic: g.name }),
      },
    };
  }
  const template = {
    ROSTemplateFormatVersion: '2015-09-01',
    Description: `SLS project and machine groups for ${stack}`,
    Parameters: { Env: { Type: 'String', AllowedValues: ['prod', 'staging'], Default: 'prod' } },
    Resources: resources,
    Outputs: { ProjectName: { Value: { 'Fn::GetAtt': ['LogProject', 'Name'] } } },
  };
  if (format === 'json') {
    const text = JSON.stringify(template, null, 2) + '\n';
    // A JSON-breaking slip a hand edit leaves behind (logtail-lint reports it; ajv-cli never sees ROS files).
    return mistake ? { text: text.replace(/"\n(\s*)}\n$/, '",\n$1}\n'), mistake: 'trailing-comma' } : { text };
  }
  return { text: toYaml(template), mistake: mistake ? 'identify-type-case' : undefined };
}

/** Minimal YAML emitter for the plain data above (maps, lists, strings, numbers). */
function toYaml(value, indent = '') {
  // Quote strings YAML would read as something else (a date, a number) or cannot hold bare.
  const scalar = (v) => (typeof v === 'string' && (/^[\d.-]+$/.test(v) || !/^[A-Za-z0-9_./-][A-Za-z0-9_ ./:-]*$/.test(v)) ? q(v) : String(v));
  if (Array.isArray(value)) return value.map((v) => `${indent}- ${typeof v === 'object' ? toYaml(v, indent + '  ').trimStart() : scalar(v) + '\n'}`).join('');
  return Object.entries(value)
    .map(([k, v]) => (typeof v === 'object' ? `${indent}${k}:\n${toYaml(v, indent + '  ')}` : `${indent}${k}: ${scalar(v)}\n`))
    .join('');
}

/** Kubernetes logtail DaemonSet with ALIYUN_LOGTAIL_* env (§C.7), in a multi-document file. */
export function k8sDaemonSet(rnd, cluster, region, { mistake = false } = {}) {
  const kind = mistake ? rnd.pick(['config-other-region', 'comma-joined-ids', 'unreplaced-template']) : undefined;
  const network = rnd.pick(['', '', '-internet']);
  const configRegion = kind === 'config-other-region' ? rnd.pick(REGIONS.filter((r) => r !== region)) : kind === 'unreplaced-template' ? '${var.region}' : region;
  const ids = kind === 'comma-joined-ids' ? `k8s-${cluster},k8s-${cluster}-gpu` : `k8s-${cluster}`;
  return {
    text: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: logtail-ds
  namespace: kube-system
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logtail-ds
  namespace: kube-system
  labels:
    k8s-app: logtail-ds
    cluster: ${cluster}
spec:
  selector:
    matchLabels:
      k8s-app: logtail-ds
  template:
    metadata:
      labels:
        k8s-app: logtail-ds
    spec:
      serviceAccountName: logtail-ds
      tolerations:
        - operator: Exists
      containers:
        - name: logtail
          image: registry-vpc.${region}.aliyuncs.com/log-service/logtail:v1.8.7.0-aliyun
          resources:
            limits:
              cpu: "1"
              memory: 1Gi
          env:
            - name: ALIYUN_LOGTAIL_USER_ID
              value: "${rnd.digits(16)}"
            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID
              value: ${ids}
            - name: ALIYUN_LOGTAIL_CONFIG
              value: /etc/ilogtail/conf/${configRegion}${network}/ilogtail_config.json
            - name: ALIYUN_LOG_ENV_TAGS
              value: _node_name_|_node_ip_
            - name: cpu_usage_limit
              value: "2"
          volumeMounts:
            - name: root
              mountPath: /logtail_host
              readOnly: true
      volumes:
        - name: root
          hostPath:
            path: /
`,
    mistake: kind,
  };
}

/** An install script or Dockerfile that runs logtail.sh (§B.1); mostly consistent. */
export function installScript(rnd, region, { mistake = false } = {}) {
  const kind = mistake ? rnd.pick(['download-other-region', 'append-id']) : undefined;
  const dl = kind === 'download-other-region' ? rnd.pick(REGIONS.filter((r) => r !== region)) : region;
  const write = kind === 'append-id' ? '>>' : '>';
  return {
    text: `#!/usr/bin/env bash
# Installs Logtail and registers this host with its machine group.
set -euo pipefail
ROLE="\${1:?role}"
mkdir -p /etc/ilogtail/users
echo "\${ROLE}-$(hostname -s)" ${write} /etc/ilogtail/user_defined_id
touch /etc/ilogtail/users/${rnd.digits(16)}
wget -q http://logtail-release-${dl}.oss-${dl}-internal.aliyuncs.com/linux64/logtail.sh -O logtail.sh
chmod 755 logtail.sh
./logtail.sh install ${region}${rnd.pick(['', '', '-internet'])}
`,
    mistake: kind,
  };
}
