/**
 * Machine groups in Crossplane provider-alibaba manifests and Apsara Stack Terraform
 * (docs/reference/iac-and-editions.md §5, §6), and where Terraform lists come from. The texts are
 * reductions of the providers' own examples (crossplane-contrib/provider-alibaba examples/sls/,
 * aliyun/terraform-provider-alibabacloudstack website/docs/r/log_machine_group.html.markdown).
 */
import { describe, expect, it } from 'vitest';
import { read, span, v } from './util.js';

describe('Crossplane provider-alibaba', () => {
  it('MachineGroup, Project and MachineGroupBinding; the external-name annotation names the SLS resource', async () => {
    const facts = await read({
      'examples/sls/machine-group.yaml': [
        'apiVersion: sls.alibaba.crossplane.io/v1alpha1',
        'kind: MachineGroup',
        'metadata:',
        '  name: sls-machinegroup-test',
        'spec:',
        '  forProvider:',
        '    project: crossplane-poc',
        '    logstore: sls-store-test',
        '    machineIDType: userdefined',
        '    machineIDList:',
        '      - "192.168.2.1"',
        '    attribute:',
        '      externalName: testgroup',
        '      groupTopic: testtopic',
        '---',
        'apiVersion: sls.alibaba.crossplane.io/v1alpha1',
        'kind: Project',
        'metadata:',
        '  name: poc',
        '  annotations:',
        '    crossplane.io/external-name: crossplane-poc',
        'spec:',
        '  forProvider:',
        '    description: demo',
        '---',
        'apiVersion: sls.alibaba.crossplane.io/v1alpha1',
        'kind: MachineGroupBinding',
        'metadata:',
        '  name: sls-machine-group-binding',
        'spec:',
        '  forProvider:',
        '    projectName: crossplane-poc',
        '    groupName: sls-machinegroup-test',
        '    configName: sls-logtail-test',
        '',
      ].join('\n'),
    });
    expect(
      facts.machineGroups.map((g) => [g.format, g.address, v(g.name), v(g.project), v(g.identifyType), v(g.identifiers), v(g.topic), g.identifyTypeDefault, g.region]),
    ).toEqual([
      [
        'crossplane',
        'MachineGroup/sls-machinegroup-test',
        '"sls-machinegroup-test" @4:9-4:30',
        '"crossplane-poc" @7:14-7:28',
        '"userdefined" @9:20-9:31',
        '["192.168.2.1" @11:9-11:22] @11:7-11:22',
        '"testtopic" @14:19-14:28',
        undefined,
        undefined,
      ],
    ]);
    expect(facts.projects.map((p) => [p.format, p.address, v(p.name)])).toEqual([['crossplane', 'Project/poc', '"crossplane-poc" @21:34-21:48']]);
    expect(facts.attachments.map((a) => [a.format, a.address, v(a.project), v(a.groupName), v(a.configName)])).toEqual([
      ['crossplane', 'MachineGroupBinding/sls-machine-group-binding', '"crossplane-poc" @32:18-32:32', '"sls-machinegroup-test" @33:16-33:37', '"sls-logtail-test" @34:17-34:33'],
    ]);
    // Not a Kubernetes workload: no container facts.
    expect(facts.containers).toEqual([]);
  });

  it('a MachineGroup without machineIDList is an empty list; other kinds (Logtail, LogStore) are not groups', async () => {
    const facts = await read({
      'g.yaml':
        'apiVersion: sls.alibaba.crossplane.io/v1alpha1\nkind: MachineGroup\nmetadata:\n  name: g1\nspec:\n  forProvider:\n    project: p\n    machineIDType: ip\n---\napiVersion: sls.alibaba.crossplane.io/v1alpha1\nkind: Logtail\nmetadata:\n  name: cfg\n',
    });
    expect(facts.machineGroups.map((g) => [g.address, v(g.identifiers)])).toEqual([['MachineGroup/g1', '[] @4:9-4:11']]);
  });
});

describe('Apsara Stack Terraform (alibabacloudstack)', () => {
  it('groups, projects and attachments read as alicloud_log_*; the provider region is never a public-cloud region', async () => {
    const facts = await read({
      'main.tf': [
        'provider "alibabacloudstack" {',
        '  region = "cn-qingdao-env66-d01"',
        '}',
        'resource "alibabacloudstack_log_project" "example" {',
        '  name = "tf-log"',
        '}',
        'resource "alibabacloudstack_log_machine_group" "example" {',
        '  project       = alibabacloudstack_log_project.example.name',
        '  name          = "tf-machine-group"',
        '  topic         = "terraform"',
        '  identify_list = ["10.0.0.1", "10.0.0.3"]',
        '}',
        'resource "alibabacloudstack_logtail_attachment" "example" {',
        '  project             = alibabacloudstack_log_project.example.name',
        '  logtail_config_name = "cfg"',
        '  machine_group_name  = "tf-machine-group"',
        '}',
        '',
      ].join('\n'),
    });
    const g = facts.machineGroups[0];
    expect([g.address, v(g.name), g.projectRef, g.identifyTypeDefault, v(g.identifiers), v(g.topic)]).toEqual([
      'alibabacloudstack_log_machine_group.example',
      '"tf-machine-group" @9:19-9:37',
      'alibabacloudstack_log_project.example',
      'ip',
      '["10.0.0.1" @11:20-11:30, "10.0.0.3" @11:32-11:42] @11:19-11:43',
      '"terraform" @10:19-10:30',
    ]);
    expect(g.region?.known).toBe(false);
    expect(facts.projects.map((p) => [p.address, v(p.name), p.region?.known])).toEqual([['alibabacloudstack_log_project.example', '"tf-log" @5:10-5:18', false]]);
    expect(facts.attachments.map((a) => [a.address, v(a.groupName), v(a.configName)])).toEqual([
      ['alibabacloudstack_logtail_attachment.example', '"tf-machine-group" @16:25-16:43', '"cfg" @15:25-15:30'],
    ]);
    // Only `provider "alicloud"` blocks are providers of the public cloud.
    expect(facts.providers).toEqual([]);
  });
});

describe('Terraform entry sources', () => {
  it('references to instance attributes, in a list literal and as a whole expression; variables are not resources', async () => {
    const facts = await read({
      'main.tf': [
        'resource "alicloud_log_machine_group" "a" {',
        '  project       = "logs"',
        '  name          = "a"',
        '  identify_list = [alicloud_instance.web.private_ip, "10.0.0.9", var.extra_ip]',
        '}',
        'resource "alicloud_log_machine_group" "b" {',
        '  project       = "logs"',
        '  name          = "b"',
        '  identify_list = concat(alicloud_instance.app[*].public_ip, data.alicloud_instances.all.instances[*].private_ip)',
        '}',
        '',
      ].join('\n'),
    });
    const [a, b] = facts.machineGroups;
    expect(a.entrySources.map((s) => [s.resource, s.resourceType, s.attribute, s.yields, s.shape, s.fills, s.through, span(s.range)])).toEqual([
      ['alicloud_instance.web', 'alicloud_instance', 'private_ip', 'private-ip', 'scalar', 'entry', undefined, '4:20-4:52'],
    ]);
    expect(b.entrySources.map((s) => [s.resource, s.attribute, s.yields, s.fills, s.through])).toEqual([
      ['alicloud_instance.app', 'public_ip', 'public-ip', 'list', 'concat'],
      ['data.alicloud_instances.all', 'private_ip', 'private-ip', 'list', 'concat'],
    ]);
  });
});
