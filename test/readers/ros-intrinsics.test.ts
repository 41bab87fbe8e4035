/**
 * ROS intrinsic functions in machine groups, from templates shaped like the public ROS template
 * library (aliyun/ros-templates, reduced and re-typed: the properties, functions and values the
 * linter reads are kept, descriptions and unrelated resources are not; see
 * docs/reference/iac-and-editions.md §3 for the originals).
 */
import { describe, expect, it } from 'vitest';
import type { EntrySource } from '../../src/facts/index.js';
import { read, span, v } from './util.js';

const sources = (g: { entrySources: EntrySource[] }) => g.entrySources.map((s) => ({ ...s, range: span(s.range) }));

describe('ROS intrinsic functions', () => {
  it('a clone group joined by its public IPs (ecs-clone-join-sls.yml): the Default names the group, a parameter without one is unknown', async () => {
    const text = [
      "ROSTemplateFormatVersion: '2015-09-01'",
      'Parameters:',
      '  SlsGroupName:',
      '    Type: String',
      '    Default: DefaultSLSGroupTest',
      '  SlsProjectName:',
      '    Type: String',
      'Resources:',
      '  ecsInstanceGroup:',
      '    Type: ALIYUN::ECS::InstanceGroupClone',
      '    Properties:',
      '      MaxAmount: 1',
      '  MachineGroup:',
      '    Type: ALIYUN::SLS::MachineGroup',
      '    Properties:',
      "      GroupAttribute: ''",
      '      GroupName:',
      '        Ref: SlsGroupName',
      '      MachineIdentifyType: ip',
      '      MachineList:',
      '        Fn::GetAtt:',
      '        - ecsInstanceGroup',
      '        - PublicIps',
      '      ProjectName:',
      '        Ref: SlsProjectName',
      '',
    ].join('\n');
    const facts = await read({ 'ecs-clone-join-sls.yml': text });
    const g = facts.machineGroups[0];
    expect(v(g.name)).toBe('"DefaultSLSGroupTest" @5:14-5:33');
    expect(g.name.pointer).toBe('/Parameters/SlsGroupName/Default');
    expect(g.name.known && g.name.literal).toEqual([text.indexOf('DefaultSLSGroupTest'), text.indexOf('DefaultSLSGroupTest') + 19]);
    expect(v(g.project)).toBe('?Ref: SlsProjectName @25:9-25:28');
    expect(v(g.identifiers)).toBe('?Fn::GetAtt: - ecsInstanceGroup - PublicIps @21:9-23:20');
    expect(sources(g)).toEqual([
      {
        resource: 'ecsInstanceGroup',
        resourceType: 'ALIYUN::ECS::InstanceGroupClone',
        attribute: 'PublicIps',
        yields: 'public-ip',
        shape: 'list',
        fills: 'list',
        range: '21:9-23:20',
      },
    ]);
    expect(g.publicIpSources.map(span)).toEqual(['21:9-23:20']);
  });

  it('an instance group joined by its private IPs (collect-application-log.yml): a source, no public IP', async () => {
    const facts = await read({
      'collect.yml': [
        'Resources:',
        '  EcsInstance:',
        "    Type: 'ALIYUN::ECS::InstanceGroup'",
        '    Properties:',
        '      MaxAmount: 2',
        '  SlsMachineGroup:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        '      GroupName: sls-minitor-test',
        '      ProjectName:',
        '        Ref: SlsProject',
        '      MachineIdentifyType: ip',
        '      MachineList:',
        '        Fn::GetAtt:',
        '          - EcsInstance',
        '          - PrivateIps',
        '',
      ].join('\n'),
    });
    const g = facts.machineGroups[0];
    expect(sources(g)).toEqual([
      { resource: 'EcsInstance', resourceType: 'ALIYUN::ECS::InstanceGroup', attribute: 'PrivateIps', yields: 'private-ip', shape: 'list', fills: 'list', range: '14:9-16:23' },
    ]);
    expect(g.publicIpSources).toEqual([]);
    expect(g.identifiers.known).toBe(false);
  });

  it('a scalar attribute as one entry (resources/sls/sls.yml), and the name attributes of SLS resources read through', async () => {
    const facts = await read({
      'sls.yml': [
        'Resources:',
        '  SlsProject:',
        '    Type: ALIYUN::SLS::Project',
        '    Properties:',
        '      Name: mytest',
        '  Instance:',
        '    Type: ALIYUN::ECS::Instance',
        '    Properties:',
        '      AllocatePublicIP: false',
        '  MachineGroup:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        '      ProjectName:',
        '        Ref: SlsProject',
        '      GroupName: machine-group-test2',
        '      MachineIdentifyType: ip',
        '      MachineList:',
        '        - Fn::GetAtt:',
        '          - Instance',
        '          - PrivateIp',
        '  ApplyConfigToMachineGroup:',
        '    Type: ALIYUN::SLS::ApplyConfigToMachineGroup',
        '    Properties:',
        '      ProjectName:',
        '        Fn::GetAtt:',
        '        - SlsProject',
        '        - Name',
        '      GroupName:',
        '        Fn::GetAtt:',
        '        - MachineGroup',
        '        - GroupName',
        '      ConfigName: nginx',
        '',
      ].join('\n'),
    });
    const g = facts.machineGroups[0];
    expect(v(g.identifiers)).toBe('[?Fn::GetAtt: - Instance - PrivateIp @18:11-20:22] @18:9-20:22');
    expect(sources(g)).toEqual([
      { resource: 'Instance', resourceType: 'ALIYUN::ECS::Instance', attribute: 'PrivateIp', yields: 'private-ip', shape: 'scalar', fills: 'entry', range: '18:11-20:22' },
    ]);
    expect(g.projectRef).toBe('SlsProject');
    // GetAtt of an SLS resource's name is that resource's own property: the attachment names the group and project the template creates.
    expect(facts.attachments.map((a) => [v(a.groupName), v(a.project)])).toEqual([['"machine-group-test2" @15:18-15:37', '"mytest" @5:13-5:19']]);
  });

  it('a datasource picked with Fn::Jq (sls-collect-logs-in-nginx-mode.yml): a source through Fn::Jq, not an address attribute', async () => {
    const facts = await read({
      'nginx.yml': [
        'Resources:',
        '  DS_Instances:',
        '    Type: DATASOURCE::ECS::Instances',
        '    Properties:',
        '      InstanceIds:',
        '      - Ref: InstanceId',
        '  MachineGroup:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        '      GroupName: test01',
        '      MachineIdentifyType: ip',
        '      MachineList:',
        '      - Fn::Jq:',
        '        - First',
        '        - .[0].PrivateIpAddress[0]',
        '        - Fn::GetAtt:',
        '          - DS_Instances',
        '          - Instances',
        '',
      ].join('\n'),
    });
    const g = facts.machineGroups[0];
    expect(sources(g)).toEqual([
      {
        resource: 'DS_Instances',
        resourceType: 'DATASOURCE::ECS::Instances',
        attribute: 'Instances',
        yields: 'not-an-address',
        shape: 'list',
        fills: 'entry',
        through: 'Fn::Jq',
        range: '16:11-18:22',
      },
    ]);
    expect(g.publicIpSources).toEqual([]);
  });

  it('YAML short forms: !Ref, !GetAtt, !Join, !Select, !If (decided and undecided), !Sub, !Split, a CommaDelimitedList default', async () => {
    const facts = await read({
      'short.yml': [
        "ROSTemplateFormatVersion: '2015-09-01'",
        'Parameters:',
        '  IdType: {Type: String, Default: ip}',
        '  Ips: {Type: CommaDelimitedList, Default: "10.0.0.1,10.0.0.2"}',
        '  Env: {Type: String, Default: prod}',
        '  Zone: {Type: String}',
        'Conditions:',
        '  IsProd:',
        '    Fn::Equals: [prod, !Ref Env]',
        '  InZoneA: !Equals [!Ref Zone, a]',
        'Resources:',
        '  Group: {Type: ALIYUN::ECS::InstanceGroup}',
        '  Web: {Type: ALIYUN::ECS::Instance}',
        '  Picked:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        "      GroupName: !Join ['-', [web, !Ref Env]]",
        '      MachineIdentifyType: !Ref IdType',
        '      MachineList:',
        '        - !Select [0, !GetAtt Group.PublicIps]',
        '        - !GetAtt Web.PrivateIp',
        '        - !If [IsProd, 10.0.0.9, 10.0.0.8]',
        '        - !If [InZoneA, !GetAtt Web.PublicIp, !GetAtt Web.PrivateIp]',
        '  FromParam:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        "      GroupName: !Sub 'grp-${Env}'",
        '      MachineList: !Ref Ips',
        '  Split:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        '      GroupName: !Sub "${Zone}-split"',
        "      MachineList: !Split [',', '10.1.0.1,10.1.0.2, 10.1.0.3']",
        '',
      ].join('\n'),
    });
    const [picked, fromParam, split] = facts.machineGroups;
    // A short form's range starts at its tag: the tag is the function's name.
    expect(v(picked.name)).toBe('"web-prod" @17:18-17:46');
    expect(v(picked.identifyType)).toBe('"ip" @3:35-3:37');
    expect(v(picked.identifiers)).toBe(
      '[?!Select [0, !GetAtt Group.PublicIps] @20:11-20:47, ?!GetAtt Web.PrivateIp @21:11-21:32, "10.0.0.9" @22:24-22:32, ?!If [InZoneA, !GetAtt Web.PublicIp, !GetAtt Web.PrivateIp] @23:11-23:69] @20:9-23:69',
    );
    expect(sources(picked).map((s) => [s.resource, s.attribute, s.yields, s.fills, s.through, s.conditional])).toEqual([
      ['Group', 'PublicIps', 'public-ip', 'entry', 'Fn::Select', undefined],
      ['Web', 'PrivateIp', 'private-ip', 'entry', undefined, undefined],
      ['Web', 'PublicIp', 'public-ip', 'entry', undefined, true],
      ['Web', 'PrivateIp', 'private-ip', 'entry', undefined, true],
    ]);
    // A public IP picked from a list is still one; a branch of an undecided Fn::If may never be taken.
    expect(picked.publicIpSources.map(span)).toEqual(['20:23-20:46']);
    expect(v(fromParam.name)).toBe('"grp-prod" @27:18-27:35');
    expect(v(fromParam.identifiers)).toBe('["10.0.0.1" @4:45-4:53, "10.0.0.2" @4:54-4:62] @4:44-4:63');
    expect(v(split.name)).toBe('?!Sub "${Zone}-split" @32:18-32:38');
    // Whether Fn::Split trims spaces is unverified: " 10.1.0.3" is unknown.
    expect(v(split.identifiers)).toBe(`["10.1.0.1" @33:34-33:42, "10.1.0.2" @33:43-33:51, ?!Split [',', '10.1.0.1,10.1.0.2, 10.1.0.3'] @33:20-33:63] @33:20-33:63`);
  });

  it('JSON long forms: Fn::Join, Fn::Select out of range, Fn::FindInMap, Ref ALIYUN::NoValue, nested-stack outputs, a pseudo parameter', async () => {
    const facts = await read({
      'stack.json': JSON.stringify(
        {
          ROSTemplateFormatVersion: '2015-09-01',
          Mappings: { Names: { prod: { group: 'web-prod' } } },
          Resources: {
            Net: { Type: 'ALIYUN::ROS::Stack' },
            G: {
              Type: 'ALIYUN::SLS::MachineGroup',
              Properties: {
                GroupName: { 'Fn::FindInMap': ['Names', 'prod', 'group'] },
                ProjectName: { 'Fn::Join': ['-', ['logs', { Ref: 'ALIYUN::Region' }]] },
                GroupAttribute: { Ref: 'ALIYUN::NoValue' },
                MachineList: [{ 'Fn::Select': ['5', ['10.0.0.1']] }, { 'Fn::GetAtt': ['Net', 'Outputs.PrivateIps'] }, { Ref: 'ALIYUN::NoValue' }],
              },
            },
          },
        },
        null,
        1,
      ),
    });
    const g = facts.machineGroups[0];
    expect(v(g.name)).toMatch(/^"web-prod" @/);
    expect(g.project?.known).toBe(false);
    expect(g.topic).toBeUndefined();
    // Out of range: an empty string (R3 Functions.md L358); NoValue removes the entry.
    const entries = g.identifiers.known ? g.identifiers.value : [];
    expect(entries.map((e) => (e.known ? e.value : `?${e.expression}`))).toEqual(['', '?{ "Fn::GetAtt": [ "Net", "Outputs.PrivateIps" ] }']);
    expect(sources(g).map((s) => [s.resource, s.resourceType, s.attribute, s.yields])).toEqual([['Net', 'ALIYUN::ROS::Stack', 'Outputs.PrivateIps', undefined]]);
  });

  it('a parameter whose Default is null is unknown; a Ref inside a Ref-less parameter list stays an entry', async () => {
    const facts = await read({
      't.yml': [
        'Parameters:',
        '  Name: {Type: String, Default: null}',
        'Resources:',
        '  G:',
        '    Type: ALIYUN::SLS::MachineGroup',
        '    Properties:',
        '      GroupName: !Ref Name',
        '      MachineList: [a, !Ref Name]',
        '',
      ].join('\n'),
    });
    const g = facts.machineGroups[0];
    expect(v(g.name)).toBe('?!Ref Name @7:18-7:27');
    expect(v(g.identifiers)).toBe('["a" @8:21-8:22, ?!Ref Name @8:24-8:33] @8:20-8:34');
  });
});

describe('hostile templates', () => {
  it('conditions and names that refer to each other many times: evaluated once each, within a depth and a length; cycles are undecided', async () => {
    const lines = ['Parameters:', '  Env: {Type: String, Default: prod}', 'Conditions:', '  C0: !Equals [!Ref Env, prod]'];
    for (let i = 1; i <= 60; i++) lines.push(`  C${i}: !And [{Condition: C${i - 1}}, {Condition: C${i - 1}}]`);
    lines.push('  Shallow: !And [{Condition: C5}, {Condition: C5}]');
    lines.push('  Loop: !Not [{Condition: Loop}]', 'Resources:');
    for (let i = 0; i <= 40; i++) {
      const name = i === 0 ? 'g0' : `!Join ['-', [!GetAtt G${i - 1}.GroupName, !GetAtt G${i - 1}.GroupName]]`;
      const list = i === 0 ? '[!If [C60, 10.0.0.1, 10.0.0.2]]' : '[!If [Shallow, 10.0.0.1, 10.0.0.2]]';
      lines.push(`  G${i}:`, '    Type: ALIYUN::SLS::MachineGroup', '    Properties:', `      GroupName: ${i === 40 ? '!If [Loop, a, b]' : name}`, `      MachineList: ${list}`);
    }
    lines.push('  Self:', '    Type: ALIYUN::SLS::MachineGroup', '    Properties:', '      GroupName: !GetAtt Self.GroupName', '');
    const facts = await read({ 'big.yml': lines.join('\n') });
    const groups = facts.machineGroups;
    // A condition 60 levels deep is past the evaluation depth: undecided, as deploy time would decide it.
    expect(groups.map((g) => v(g.identifiers)?.split(' @')[0])).toEqual(['[?!If [C60, 10.0.0.1, 10.0.0.2]', ...Array(40).fill('["10.0.0.1"'), '[]']);
    expect(groups[2].name.known && groups[2].name.value).toBe('g0-g0-g0-g0');
    // Names that double per level pass the length cap: unknown, not a string of 2^40 characters.
    expect(groups[39].name.known).toBe(false);
    expect(groups[40].name.known).toBe(false);
    expect(groups[41].name.known).toBe(false);
  });
});

describe('a template that does not parse', () => {
  it('values after the first syntax error are unknown, never empty (ROS docs example with single quotes)', async () => {
    const text = [
      '{',
      '  "ROSTemplateFormatVersion": "2015-09-01",',
      '  "Resources": {',
      '    "MachineGroup": {',
      '      "Type": "ALIYUN::SLS::MachineGroup",',
      '      "Properties": {',
      '        "ProjectName": "rostest-beijing",',
      '        "GroupName": "machine-group-test2",',
      '        "MachineIdentifyType": "ip",',
      `        "GroupAttribute": '{"groupTopic": "testtopic"}',`,
      `        "MachineList": ['192.168.XX.XX']`,
      '      }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const facts = await read({ 'machine-group-template.json': text });
    expect(facts.parseProblems.map((p) => [p.message, span(p)])).toEqual([['JSON syntax error: invalid symbol.', '10:27-10:28']]);
    const g = facts.machineGroups[0];
    expect([v(g.name), v(g.project), v(g.identifyType)]).toEqual(['"machine-group-test2" @8:22-8:43', '"rostest-beijing" @7:24-7:41', '"ip" @9:32-9:36']);
    expect(v(g.identifiers)).toBe("?['192.168.XX.XX'] @11:24-11:41");
    expect(g.topic?.known).toBe(false);
  });

  it('a key lost after the error is unknown, not absent; YAML the same', async () => {
    const json = await read({ 'g.json': '{"Resources": {"G": {"Type": "ALIYUN::SLS::MachineGroup", "Properties": {"GroupName": "g1", "MachineList" ["10.0.0.1"]}}}}' });
    expect(json.machineGroups[0].identifiers.known).toBe(false);
    const yaml = await read({
      'g.yaml': 'Resources:\n  G:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      GroupName: g1\n      MachineList: [10.0.0.1\n      Other: x\n',
    });
    expect(yaml.parseProblems).toHaveLength(1);
    const g = yaml.machineGroups[0];
    expect(v(g.name)).toBe('"g1" @5:18-5:20');
    expect(g.identifiers.known).toBe(false);
  });
});
