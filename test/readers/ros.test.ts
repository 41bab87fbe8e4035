import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, span, v } from './util.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url), 'utf8');

describe('ROS templates', () => {
  it('JSON: projects, machine groups, attachments, intrinsic functions unknown, PublicIp sources', async () => {
    const facts = await read({ 'ros/stack.json': fixture('ros-machine-group.json') });
    expect(facts.projects.map((p) => [p.format, p.address, v(p.name), span(p), p.region])).toEqual([['ros', 'Project', '"app-logs" @9:31-9:41', '7:5-7:14', undefined]]);
    expect(facts.machineGroups).toHaveLength(1);
    const g = facts.machineGroups[0];
    expect([g.file, g.format, g.address, span(g), g.region, g.identifyTypeDefault]).toEqual(['ros/stack.json', 'ros', 'Group', '11:5-11:12', undefined, undefined]);
    expect(v(g.name)).toBe('"web-servers" @14:22-14:35');
    // GetAtt of the project's Name is the project's own Name property.
    expect(v(g.project)).toBe('"app-logs" @9:31-9:41');
    expect(g.projectRef).toBe('Project');
    expect(v(g.identifyType)).toBe('"ip" @16:32-16:36');
    expect(v(g.identifiers)).toBe('["10.0.0.5" @17:25-17:35, ?{ "Fn::GetAtt": ["Web", "PublicIp"] } @17:37-17:74, ?{ "Ref": "ExtraIp" } @17:76-17:96] @17:24-17:97');
    expect(g.publicIpSources.map(span)).toEqual(['17:37-17:74']);
    expect(v(g.topic)).toBe('"web" @18:27-18:78');
    expect(g.identifiers.pointer).toBe('/Resources/Group/Properties/MachineList');
    expect(facts.attachments.map((a) => [a.format, a.address, v(a.project), v(a.configName), v(a.groupName), span(a)])).toEqual([
      ['ros', 'Apply', '"my-project" @4:51-4:63', '"nginx-access" @23:78-23:92', '"web-servers" @23:107-23:120', '21:5-21:12'],
    ]);
  });

  it('JSON: UserData pieces of Fn::Join are scanned for install commands and identity writes', async () => {
    const facts = await read({ 'ros/stack.json': fixture('ros-machine-group.json') });
    // The parameter comes from {"Ref": "ALIYUN::Region"}: not in the string, so unknown.
    expect(facts.installCommands.map((i) => [i.tool, v(i.param), v(i.downloadRegion), span(i)])).toEqual([['logtail.sh', '? @28:208-28:208', '"cn-hangzhou" @28:101-28:112', '28:188-28:208']]);
    expect(facts.identityWrites.map((w) => [w.target, w.appends, v(w.value), span(w)])).toEqual([['user_defined_id', false, '"web-1" @28:253-28:262', '28:248-28:294']]);
  });

  it('YAML: long and short intrinsic forms', async () => {
    const facts = await read({ 'ros/stack.yaml': fixture('ros-machine-group.yaml') });
    const g = facts.machineGroups[0];
    expect(v(g.name)).toBe('"web-servers" @6:18-6:29');
    expect(v(g.project)).toBe('?Ref: LogProject @8:9-8:24');
    expect(g.projectRef).toBe('LogProject');
    expect(v(g.identifyType)).toBe('"userdefined" @9:28-9:39');
    expect(v(g.identifiers)).toBe('["web-prod" @11:11-11:19, ?Fn::GetAtt: [Web, PublicIp] @12:11-12:38, ?!GetAtt Db.PublicIp @13:11-13:30] @11:9-13:30');
    expect(g.publicIpSources.map(span)).toEqual(['12:11-12:38', '13:11-13:30']);
    expect(v(g.topic)).toBe('"web" @14:23-14:46');
    expect(facts.projects.map((p) => [p.address, v(p.name)])).toEqual([['LogProject', '?!Ref ProjectName @18:13-18:29']]);
    expect(facts.parseProblems).toEqual([]);
  });

  it('a group with no MachineList has an empty list; GroupAttribute that is not JSON gives no topic', async () => {
    const facts = await read({
      't.yaml': 'Resources:\n  G:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      GroupAttribute: not json\n',
    });
    const g = facts.machineGroups[0];
    expect(v(g.identifiers)).toBe('[] @2:3-2:4');
    expect(v(g.name)).toBe('? @2:3-2:4');
    expect(g.topic).toBeUndefined();
  });

  it('records a parse problem for a broken template and reads nothing from nowhere', async () => {
    const facts = await read({ 'bad.json': '{ "ROSTemplateFormatVersion": "2015-09-01", "Resources": { "G": { "Type": "ALIYUN::SLS::MachineGroup", } } }' });
    expect(facts.parseProblems.map((p) => [p.file, p.format, p.message, span(p)])).toEqual([['bad.json', 'json', 'JSON syntax error: property name expected.', '1:104-1:105']]);
    const y = await read({ 'bad.yaml': 'ROSTemplateFormatVersion: 2015-09-01\nResources: [\n' });
    expect(y.parseProblems.map((p) => [p.format, p.message.startsWith('YAML syntax error: '), span(p).split('-')[0]])).toEqual([['yaml', true, '3:1']]);
  });
});
