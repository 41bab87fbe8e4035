import { describe, expect, it } from 'vitest';
import { type MachineGroupFact, type ProjectFact } from '../../../src/facts/index.js';
import { type Value, unknown, known } from '../../../src/core/value.js';
import type { Rule } from '../../../src/rules/types.js';
import { machineGroupRules } from '../../../src/rules/machine-group/index.js';
import invalidName from '../../../src/rules/machine-group/invalid-name.js';
import shortName from '../../../src/rules/machine-group/short-name.js';
import invalidIdentifyType from '../../../src/rules/machine-group/invalid-identify-type.js';
import emptyIdentifyList from '../../../src/rules/machine-group/empty-identify-list.js';
import invalidIp from '../../../src/rules/machine-group/invalid-ip.js';
import customIds from '../../../src/rules/machine-group/custom-ids-in-ip-group.js';
import ipsInUserdefined from '../../../src/rules/machine-group/ips-in-userdefined-group.js';
import duplicateIdentifier from '../../../src/rules/machine-group/duplicate-identifier.js';
import duplicateName from '../../../src/rules/machine-group/duplicate-name.js';
import tooManyGroups from '../../../src/rules/machine-group/too-many-groups.js';
import publicIp from '../../../src/rules/machine-group/public-ip.js';
import { classifyEntry, isIp, nameProblems, suggestName } from '../../../src/rules/machine-group/util.js';
import { applyEdits, at, run, source, span } from '../users/run-rule.js';

const r = (line: number, col = 3, len = 5) => at(line, col, col + len);

interface Spec {
  file?: string;
  format?: MachineGroupFact['format'];
  address?: string;
  project?: Value<string>;
  projectRef?: string;
  name?: string | Value<string>;
  type?: string | Value<string>;
  list?: Array<string | Value<string>> | Value<Array<Value<string>>>;
  region?: string;
  publicIpSources?: MachineGroupFact['publicIpSources'];
  line?: number;
}

/** A Terraform alicloud_log_machine_group fact; strings become Known values on made-up lines. */
function group(s: Spec = {}): MachineGroupFact {
  const line = s.line ?? 1;
  const val = (v: string | Value<string>, l: number) => (typeof v === 'string' ? known(v, r(l, 3, v.length + 2)) : v);
  const list = s.list ?? ['10.0.0.1'];
  return {
    file: s.file ?? 'main.tf',
    format: s.format ?? 'terraform',
    address: s.address ?? 'alicloud_log_machine_group.web',
    project: s.project ?? known('my-project', r(line + 1)),
    projectRef: s.projectRef,
    name: val(s.name ?? 'web-group', line + 2),
    identifyType: s.type === undefined ? undefined : val(s.type, line + 3),
    identifyTypeDefault: s.format === undefined || s.format === 'terraform' ? 'ip' : undefined,
    identifiers: Array.isArray(list) ? known(list.map((v, i) => val(v, line + 10 + i)), r(line + 4, 3, 20)) : list,
    region: s.region === undefined ? undefined : known(s.region, r(line + 5)),
    publicIpSources: s.publicIpSources ?? [],
    range: at(line, 1, 2, line + 20),
  };
}
const check = (rule: Rule, ...groups: MachineGroupFact[]) => run(rule, { machineGroups: groups });

describe('machine-group rules (facts)', () => {
  it('are all listed', () => {
    expect(machineGroupRules.map((x) => `${x.id} ${x.severity}${x.fixable ? ' fix' : ''}`)).toEqual([
      'machine-group/invalid-name error',
      'machine-group/short-name warning',
      'machine-group/invalid-identify-type error fix',
      'machine-group/empty-identify-list error',
      'machine-group/invalid-ip error fix',
      'machine-group/custom-ids-in-ip-group error',
      'machine-group/ips-in-userdefined-group warning',
      'machine-group/duplicate-identifier warning',
      'machine-group/duplicate-name error',
      'machine-group/too-many-groups warning',
      'machine-group/public-ip error',
      'machine-group/implicit-default-provider warning',
    ]);
  });

  it('a clean group and unknown values produce nothing', () => {
    const clean = [group(), group({ address: 'x.b', name: 'app-ids', type: 'userdefined', list: ['web-prod', 'hz-web'] })];
    const u = unknown('var.x', r(30));
    const unknowns = [group({ name: u, type: u, list: u, project: u }), group({ address: 'x.c', name: u, list: [u, u], project: u })];
    for (const rule of machineGroupRules) {
      expect(check(rule, ...clean)).toEqual([]);
      expect(check(rule, ...unknowns)).toEqual([]);
    }
  });

  it('nameProblems and suggestName', () => {
    expect(nameProblems('web-group_1')).toEqual([]);
    expect(nameProblems('ab')).toEqual([]);
    expect(nameProblems('Hyperf')).toEqual(['it has capital letters']);
    expect(nameProblems('a')).toEqual(['it is one character long (minimum 2)']);
    expect(nameProblems('-web.prod ')).toEqual(['it has ".", spaces', 'it does not start with a letter or digit', 'it does not end with a letter or digit']);
    expect(nameProblems('a'.repeat(129))).toEqual(['it is 129 bytes long (maximum 128)']);
    expect(nameProblems('a'.repeat(128))).toEqual([]);
    expect(suggestName('Hyperf')).toBe('hyperf');
    expect(suggestName('-Web.Prod_')).toBe('web-prod');
  });

  it('invalid-name: range of the name, suggestion in the message', () => {
    const found = check(invalidName, group({ name: 'Hyperf', line: 1 }), group({ address: 'x.y', name: 'ok-name' }));
    expect(found.map(span)).toEqual(['3:3-3:11']);
    expect(found[0].message).toContain('it has capital letters');
    expect(found[0].message).toContain('"hyperf"');
    expect(found[0].message).toContain('in name and');
  });

  it('short-name: exactly two valid characters', () => {
    expect(check(shortName, group({ name: 'ab' })).map(span)).toEqual(['3:3-3:7']);
    expect(check(shortName, group({ name: 'abc' }))).toEqual([]);
    expect(check(shortName, group({ name: 'A_' }))).toEqual([]); // invalid-name's
  });

  it('invalid-identify-type: did you mean, fix when the source shows the value', () => {
    const text = 'resource "alicloud_log_machine_group" "web" {\n  identify_type = "userDefined"\n}\n';
    const src = source('main.tf', text, 'terraform');
    const g = group({ type: known('userDefined', at(2, 19, 32)), list: ['web-prod'] });
    const found = run(invalidIdentifyType, { machineGroups: [g] }, [src]);
    expect(found.map(span)).toEqual(['2:19-2:32']);
    expect(found[0].message).toContain('Did you mean "userdefined"?');
    expect(applyEdits(text, found[0].fix!.edits)).toBe(text.replace('userDefined', 'userdefined'));
    // a range that covers the bare text also works
    const bare = run(invalidIdentifyType, { machineGroups: [group({ type: known('userDefined', at(2, 20, 31)) })] }, [src]);
    expect(applyEdits(text, bare[0].fix!.edits)).toBe(text.replace('userDefined', 'userdefined'));
    // no source: no fix, still a finding
    expect(check(invalidIdentifyType, group({ type: 'IP' }))[0].fix).toBeUndefined();
    expect(check(invalidIdentifyType, group({ type: 'IP' }))[0].message).toContain('Did you mean "ip"?');
    expect(check(invalidIdentifyType, group({ type: 'user_defined' }))[0].message).toContain('"userdefined"');
    expect(check(invalidIdentifyType, group({ type: 'hostname' }))[0].message).toContain('Use "ip"');
    expect(check(invalidIdentifyType, group({ type: 'ip' }), group({ type: 'userdefined' }))).toEqual([]);
  });

  it('empty-identify-list: a known empty list', () => {
    expect(check(emptyIdentifyList, group({ list: [] })).map(span)).toEqual(['5:3-5:23']);
    expect(check(emptyIdentifyList, group({ list: unknown('var.ips', r(5)) }))).toEqual([]);
  });

  it('classifyEntry', () => {
    expect(['10.0.0.1', '::1', 'fe80::1', '2001:db8::8a2e:370:7334'].every(isIp)).toBe(true);
    const kinds = ['10.0.0.0/24', '10.0.0.1:8080', 'X.X.X.X', '192.168.XX.XX', '10.0.0.256', '010.0.0.1', '10.0.0', ' 10.0.0.1', '10.0.0.1-10.0.0.9', 'web-01', 'web.example.com', 'ip-10-0-0-1'].map(
      (e) => {
        const c = classifyEntry(e);
        return c.kind === 'other' ? `other${c.hostname ? ' host' : ''}` : c.kind;
      },
    );
    expect(kinds).toEqual(['ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'other', 'other host', 'other']);
  });

  it('invalid-ip: non-IP entries of an ip group with some IPs; fix for a port or spaces', () => {
    const g = group({ list: ['10.0.0.1', '10.0.0.0/24', '192.168.XX.XX', 'web.example.com', '10.0.0.2:80'] });
    const found = check(invalidIp, g);
    expect(found.map(span)).toEqual(['12:3-12:16', '13:3-13:18', '14:3-14:20', '15:3-15:16']);
    expect(found[0].message).toContain('CIDR');
    expect(found[1].message).toContain('placeholder');
    expect(found[2].message).toContain('host name');
    expect(found[3].message).toContain('Write "10.0.0.2"');
    // an explicit ip group of placeholders only is still reported entry by entry
    expect(check(invalidIp, group({ type: 'ip', list: ['X.X.X.X'] }))).toHaveLength(1);
    // userdefined groups and groups of only names are other rules'
    expect(check(invalidIp, group({ type: 'userdefined', list: ['10.0.0.0/24'] }))).toEqual([]);
    expect(check(invalidIp, group({ list: ['web-prod'] }))).toEqual([]);
  });

  it('custom-ids-in-ip-group: defaulted type points at the list, explicit at the type', () => {
    const defaulted = check(customIds, group({ list: ['web-prod', 'hz-web'] }));
    expect(defaulted.map(span)).toEqual(['5:3-5:23']);
    expect(defaulted[0].message).toContain('is not set, so it defaults to "ip"');
    expect(defaulted[0].message).toContain('"web-prod" and "hz-web"');
    const explicit = check(customIds, group({ type: 'ip', list: ['web-prod'] }));
    expect(explicit.map(span)).toEqual(['4:3-4:7']);
    expect(check(customIds, group({ list: ['web-prod', '10.0.0.1'] }))).toEqual([]);
    expect(check(customIds, group({ format: 'ros', list: ['web-prod'] }))).toEqual([]); // no default known
  });

  it('ips-in-userdefined-group: all entries IPs', () => {
    expect(check(ipsInUserdefined, group({ type: 'userdefined', list: ['10.0.0.1', '10.0.0.2'] })).map(span)).toEqual(['4:3-4:16']);
    expect(check(ipsInUserdefined, group({ type: 'userdefined', list: ['10.0.0.1', 'web'] }))).toEqual([]);
  });

  it('duplicate-identifier: the repeat, related to the first', () => {
    const found = check(duplicateIdentifier, group({ list: ['10.0.0.1', '10.0.0.2', '10.0.0.1'] }));
    expect(found.map(span)).toEqual(['13:3-13:13']);
    expect(found[0].related?.map(span)).toEqual(['11:3-11:13']);
  });

  it('duplicate-name: across files and formats, by project name or resolved reference', () => {
    const a = group({ file: 'a/main.tf', name: 'tf-machine-group' });
    const b = group({ file: 'b/groups.yaml', format: 'ros', address: 'Group', name: 'tf-machine-group', line: 40 });
    const found = check(duplicateName, a, b);
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('b/groups.yaml');
    expect(span(found[0])).toBe('42:3-42:21');
    expect(found[0].related).toEqual([{ file: 'a/main.tf', range: at(3, 3, 21), message: '"tf-machine-group" first defined here (alicloud_log_machine_group.web)' }]);
    // other project, unknown project, different known regions, plan vs its own source: no finding
    expect(check(duplicateName, a, group({ file: 'c.tf', project: known('other', r(2)), name: 'tf-machine-group' }))).toEqual([]);
    expect(check(duplicateName, group({ project: unknown('var.p', r(2)) }), group({ file: 'c.tf', project: unknown('var.p', r(2)) }))).toEqual([]);
    expect(check(duplicateName, group({ region: 'cn-hangzhou' }), group({ file: 'c.tf', region: 'cn-beijing' }))).toEqual([]);
    expect(check(duplicateName, group({ region: 'cn-hangzhou' }), group({ file: 'c.tf' }))).toHaveLength(1);
    expect(check(duplicateName, a, group({ file: 'plan.json', format: 'terraform-plan', address: 'module.m.alicloud_log_machine_group.web', name: 'tf-machine-group' }))).toEqual([]);
    // a reference resolved through the project resource in the same folder
    const project: ProjectFact = { file: 'a/project.tf', format: 'terraform', address: 'alicloud_log_project.main', name: known('my-project', r(1)), range: r(1) };
    const viaRef = group({ file: 'a/more.tf', address: 'alicloud_log_machine_group.two', project: unknown('alicloud_log_project.main.name', r(2)), projectRef: 'alicloud_log_project.main', name: 'tf-machine-group' });
    expect(run(duplicateName, { machineGroups: [a, viaRef], projects: [project] })).toHaveLength(1);
    // the same unresolved reference in one folder is the same project; in another folder it is not
    const ref = (file: string, address: string) => group({ file, address, project: unknown('alicloud_log_project.p.name', r(2)), projectRef: 'alicloud_log_project.p' });
    expect(check(duplicateName, ref('x/a.tf', 'alicloud_log_machine_group.a'), ref('x/b.tf', 'alicloud_log_machine_group.b'))).toHaveLength(1);
    expect(check(duplicateName, ref('x/a.tf', 'alicloud_log_machine_group.a'), ref('y/b.tf', 'alicloud_log_machine_group.b'))).toEqual([]);
    // regions from the folders' providers: two regions, two projects that share a name
    const providers = [
      { file: 'hz/provider.tf', moduleDir: 'hz', region: known('cn-hangzhou', r(1)), range: r(1) },
      { file: 'sh/provider.tf', moduleDir: 'sh', region: known('cn-shanghai', r(1)), range: r(1) },
      { file: 'sh2/provider.tf', moduleDir: 'sh2', region: known('cn-shanghai', r(1)), range: r(1) },
    ];
    const inDir = (dir: string) => group({ file: `${dir}/main.tf`, name: 'tf-machine-group' });
    expect(run(duplicateName, { machineGroups: [inDir('hz'), inDir('sh')], providers })).toEqual([]);
    expect(run(duplicateName, { machineGroups: [inDir('sh'), inDir('sh2')], providers })).toHaveLength(1);
  });

  it('too-many-groups: once, at group 201', () => {
    const many = Array.from({ length: 201 }, (_, i) => group({ address: `g.n${i}`, name: `group-${String(i).padStart(3, '0')}`, line: i * 30 + 1 }));
    const found = check(tooManyGroups, ...many);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('201 machine groups');
    expect(span(found[0])).toBe(`${200 * 30 + 3}:3-${200 * 30 + 3}:14`);
    expect(check(tooManyGroups, ...many.slice(0, 200))).toEqual([]);
  });

  it('public-ip: each source range', () => {
    const found = check(publicIp, group({ publicIpSources: [at(7, 5, 40), at(8, 5, 40)] }));
    expect(found.map(span)).toEqual(['7:5-7:40', '8:5-8:40']);
    expect(found[0].message).toContain('private IP');
  });
});
