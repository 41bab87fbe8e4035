import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, span, v } from './util.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url), 'utf8');

describe('SLS API and aliyunlog CLI machine groups', () => {
  it('camelCase API body', async () => {
    const facts = await read({ 'sls/web.json': fixture('sls-api-group.json') });
    expect(facts.machineGroups).toHaveLength(1);
    const g = facts.machineGroups[0];
    expect([g.format, g.address, span(g), g.project, g.projectRef, g.region]).toEqual(['sls-api', '#', '2:3-2:29', undefined, undefined, undefined]);
    expect(v(g.name)).toBe('"web-servers" @2:16-2:29');
    expect(v(g.identifyType)).toBe('"ip" @3:26-3:30');
    expect(v(g.topic)).toBe('"web" @5:37-5:42');
    expect(v(g.identifiers)).toBe('["192.168.1.10" @6:19-6:33, ?${ip} @6:35-6:42] @6:18-6:43');
  });

  it('snake_case CLI file with an array of groups', async () => {
    const facts = await read({ 'sls/groups.json': fixture('aliyunlog-groups.json') });
    expect(facts.machineGroups.map((g) => [g.format, g.address, v(g.name), v(g.identifyType), v(g.identifiers), v(g.topic), span(g)])).toEqual([
      ['aliyunlog-cli', '#/0', '"group_name2" @2:19-2:32', '"userdefined" @2:50-2:63', '["machine1" @3:22-3:32, "machine2" @3:34-3:44] @3:21-3:45', '"topic x" @4:67-4:76', '2:5-2:32'],
      ['aliyunlog-cli', '#/1', '"no-list" @5:19-5:28', '"ip" @5:46-5:50', '[] @5:5-5:28', undefined, '5:5-5:28'],
    ]);
  });

  it('the same body in YAML', async () => {
    const facts = await read({ 'g.yaml': 'groupName: app\nmachineIdentifyType: userdefined\nmachineList:\n  - app-1\n  - 1234\n' });
    expect(facts.machineGroups.map((g) => [g.format, v(g.name), v(g.identifiers)])).toEqual([['sls-api', '"app" @1:12-1:15', '["app-1" @4:5-4:10, "1234" @5:5-5:9] @4:3-5:9']]);
  });
});

describe('Kubernetes', () => {
  it('reads the agent env vars of workload containers and resolves configMapKeyRef from a ConfigMap', async () => {
    const facts = await read({ 'k8s/logtail-ds.yaml': fixture('logtail-ds.yaml') });
    expect(facts.containers).toHaveLength(1); // nginx sets none of the variables
    const c = facts.containers[0];
    expect([c.file, c.workload, c.container, span(c)]).toEqual(['k8s/logtail-ds.yaml', 'DaemonSet/logtail-ds', 'logtail', '18:17-18:24']);
    expect(v(c.configPath)).toBe('"/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json" @22:22-22:73');
    expect(v(c.userId)).toBe('"1234567890123456" @25:17-27:35');
    expect(v(c.userDefinedId)).toBe('?$(ALICLOUD_LOG_DEFAULT_MACHINE_GROUP) @29:22-29:59');
    expect(v(c.workingIp)).toBe('?fieldRef:status.podIP @32:17-33:42');
  });

  it('AliyunLogConfig', async () => {
    const facts = await read({ 'k8s/logtail-ds.yaml': fixture('logtail-ds.yaml') });
    expect(facts.aliyunLogConfigs.map((a) => [a.name, v(a.project), a.machineGroups.map(v), span(a)])).toEqual([
      ['nginx-stdout', '"k8s-log-abc" @42:12-42:23', ['"k8s-group-abc" @45:7-45:20', '?{{ .Values.group }} @46:7-46:28'], '40:9-40:21'],
    ]);
  });

  it('resolves configMapKeyRef from a ConfigMap in another file that mentions nothing else of ours', async () => {
    const ds = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app, namespace: prod}\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        env:\n        - name: ALIYUN_LOGTAIL_USER_DEFINED_ID\n          valueFrom: {configMapKeyRef: {name: ids, key: id}}\n';
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ids, namespace: prod}\ndata:\n  id: web-prod\n';
    const facts = await read({ 'a/deploy.yaml': ds, 'b/cm.yaml': cm });
    expect(v(facts.containers[0].userDefinedId)).toBe('"web-prod" @11:22-11:61');
    // Another namespace, or no ConfigMap at all: stays unknown.
    const other = await read({ 'a/deploy.yaml': ds, 'b/cm.yaml': cm.replace('namespace: prod', 'namespace: dev') });
    expect(v(other.containers[0].userDefinedId)).toBe('?configMapKeyRef:ids/id @11:22-11:61');
    // Two ConfigMaps that disagree: unknown.
    const two = await read({ 'a/deploy.yaml': ds, 'b/cm.yaml': cm, 'c/cm.yaml': cm.replace('web-prod', 'web-dev') });
    expect(two.containers[0].userDefinedId?.known).toBe(false);
  });

  it('Pod, CronJob, initContainers, List, JSON manifests, duplicates, secrets and empty values', async () => {
    const yaml = [
      'kind: Pod\napiVersion: v1\nmetadata: {name: p}\nspec:\n  initContainers:\n  - name: init\n    env: [{name: ALIYUN_LOGTAIL_USER_ID, value: "1"}, {name: ALIYUN_LOGTAIL_USER_ID, value: "2"}]\n',
      'kind: CronJob\napiVersion: batch/v1\nmetadata: {name: cj}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: j\n            env: [{name: ALIYUN_LOGTAIL_USER_ID, valueFrom: {secretKeyRef: {name: s, key: k}}}, {name: ALIYUN_LOGTAIL_WORKING_IP, value: }]\n',
      'kind: List\napiVersion: v1\nitems:\n- kind: DaemonSet\n  apiVersion: apps/v1\n  metadata: {name: ds}\n  spec: {template: {spec: {containers: [{name: lc, image: "loongcollector:3"}]}}}\n',
    ].join('---\n');
    const facts = await read({
      'k.yaml': yaml,
      'k.json': JSON.stringify({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' }, spec: { template: { spec: { containers: [{ name: 'x', env: [{ name: 'ALIYUN_LOGTAIL_CONFIG', value: '/etc/ilogtail/conf/${REGION}/ilogtail_config.json' }] }] } } } }),
    });
    expect(facts.containers.map((c) => [c.file, c.workload, c.container, v(c.userId), v(c.workingIp), v(c.configPath)])).toEqual([
      ['k.yaml', 'Pod/p', 'init', '"2" @7:93-7:96', undefined, undefined],
      ['k.yaml', 'CronJob/cj', 'j', '?secretKeyRef:s/k @19:61-19:94', '"" @19:138-19:138', undefined],
      ['k.yaml', 'DaemonSet/ds', 'lc', undefined, undefined, undefined],
      ['k.json', 'StatefulSet/s', 'x', undefined, undefined, '?/etc/ilogtail/conf/${REGION}/ilogtail_config.json @1:171-1:222'],
    ]);
  });

  it('Helm templates: action lines are blanked, the rest is read, and a failed parse is no problem', async () => {
    const helm =
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n      - name: logtail\n        env:\n        {{- if .Values.uid }}\n        - name: ALIYUN_LOGTAIL_USER_ID\n          value: {{ .Values.uid | quote }}\n        {{- end }}\n        - name: ALIYUN_LOGTAIL_CONFIG\n          value: "/etc/ilogtail/conf/{{ .Values.region }}/ilogtail_config.json"\n';
    const facts = await read({ 'chart/templates/ds.yaml': helm });
    expect(facts.parseProblems).toEqual([]);
    expect(facts.containers.map((c) => [c.workload, v(c.userId), v(c.configPath)])).toEqual([
      ['DaemonSet/{{ .Release.Name }}', '?{{ .Values.uid | quote }} @13:18-13:43', '?/etc/ilogtail/conf/{{ .Values.region }}/ilogtail_config.json @16:18-16:80'],
    ]);
    const broken = await read({ 'chart/templates/x.yaml': 'env:\n  - name: ALIYUN_LOGTAIL_USER_ID\n    value: [{{ oops\n' });
    expect(broken.parseProblems).toEqual([]);
  });
});

describe('Docker Compose', () => {
  it('services setting the agent env vars (map and KEY=VALUE list) or running the agent image', async () => {
    const compose =
      'services:\n  logtail:\n    image: registry.cn-hangzhou.aliyuncs.com/log-service/logtail\n    environment:\n      ALIYUN_LOGTAIL_USER_ID: "1234567890123456"\n      ALIYUN_LOGTAIL_CONFIG: /etc/ilogtail/conf/${REGION}/ilogtail_config.json\n  app:\n    image: app\n    environment:\n      - ALIYUN_LOGTAIL_USER_DEFINED_ID=app-prod\n  web:\n    image: nginx\n';
    const facts = await read({ 'docker-compose.yml': compose });
    expect(facts.containers.map((c) => [c.workload, c.container, span(c), v(c.userId), v(c.configPath), v(c.userDefinedId)])).toEqual([
      ['compose/logtail', 'logtail', '2:3-2:10', '"1234567890123456" @5:31-5:49', '?/etc/ilogtail/conf/${REGION}/ilogtail_config.json @6:30-6:79', undefined],
      ['compose/app', 'app', '7:3-7:6', undefined, undefined, '"app-prod" @10:40-10:48'],
    ]);
  });
});

describe('cloud-init', () => {
  it('write_files and runcmd (strings and argv lists)', async () => {
    const facts = await read({ 'ci/user-data.yaml': fixture('cloud-config.yaml') });
    expect(facts.identityWrites.map((w) => [w.target, w.appends, v(w.value), span(w)])).toEqual([
      ['user_defined_id', true, '"web-prod" @4:14-5:15', '3:5-6:17'],
      ['users', false, '"1234567890123456" @7:31-7:47', '7:5-8:16'],
      ['user_defined_id', true, '?"web-$(hostname)" @14:10-14:27', '14:5-14:66'],
    ]);
    expect(facts.installCommands.map((i) => [i.tool, v(i.param), v(i.downloadRegion), span(i)])).toEqual([
      ['logtail.sh', '"cn-shanghai-internet" @12:29-12:49', '"cn-shanghai" @10:49-10:60', '12:6-12:49'],
    ]);
  });

  it('user data that is #cloud-config is read as YAML even when discovered as a script', async () => {
    const text = '#cloud-config\nruncmd:\n  - "sudo ./logtail.sh install cn-hangzhou"\n';
    const facts = await read({ 'user-data': text }, { 'user-data': 'script' });
    expect(facts.installCommands.map((i) => [v(i.param), span(i)])).toEqual([['"cn-hangzhou" @3:32-3:43', '3:11-3:43']]);
  });
});

describe('sniffing and robustness', () => {
  it('skips unrelated JSON and YAML without parsing, even when broken', async () => {
    const facts = await read({
      'a.yaml': 'key: [unclosed\n',
      'b.json': '{ broken',
      'gcp.yaml': 'machine_type: n1-standard\nfoo: [\n',
      'pkg.json': '{"name": "x", "version": "1.0.0"}',
    });
    expect(facts.parseProblems).toEqual([]);
    expect(facts.machineGroups).toEqual([]);
  });

  it('a recognisably-ours broken YAML file gets exactly one parse problem', async () => {
    const facts = await read({ 'k.yaml': 'kind: DaemonSet\nspec:\n  env:\n   - name: ALIYUN_LOGTAIL_USER_ID\n  value: "x\n' });
    expect(facts.parseProblems).toHaveLength(1);
    expect(facts.parseProblems[0]).toMatchObject({ file: 'k.yaml', format: 'yaml' });
    expect(facts.parseProblems[0].message).toMatch(/^YAML syntax error: .+\.$/);
  });

  it('survives deep nesting, huge files, aliases and odd scalars', async () => {
    const deep = 'ALIYUN_LOGTAIL_CONFIG: ' + '['.repeat(100_000) + ']'.repeat(100_000);
    const many = 'ROSTemplateFormatVersion: x\nResources:\n' + Array.from({ length: 20_000 }, (_, i) => `  R${i}:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties: {GroupName: g${i}, MachineList: [a, b]}\n`).join('');
    const aliases = 'ROSTemplateFormatVersion: x\nx: &a {Type: ALIYUN::SLS::MachineGroup}\nResources:\n  G: *a\n  H: {Type: ALIYUN::SLS::MachineGroup, Properties: {GroupName: *a, MachineList: *a}}\n';
    const t = Date.now();
    const facts = await read({ 'deep.yaml': deep, 'deep.json': `{"machineIdentifyType": ${'['.repeat(100_000)}`, 'many.yaml': many, 'alias.yaml': aliases });
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(facts.parseProblems.map((p) => [p.file, p.message])).toEqual([
      ['deep.yaml', 'YAML nesting is deeper than 1000 levels; the file was not read.'],
      ['deep.json', 'JSON nesting is deeper than 1000 levels; the file was not read.'],
    ]);
    expect(facts.machineGroups.filter((g) => g.file === 'many.yaml')).toHaveLength(20_000);
    const h = facts.machineGroups.find((g) => g.file === 'alias.yaml');
    expect([v(h?.name), v(h?.identifiers)]).toEqual(['?*a @5:64-5:66', '?*a @5:81-5:83']);
  });
});
