import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read, span, v } from './util.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url), 'utf8');

describe('Terraform HCL', () => {
  it('providers with alias and region, per module folder', async () => {
    const facts = await read({ 'infra/prod/main.tf': fixture('tf/main.tf') });
    expect(facts.providers.map((p) => [p.file, p.moduleDir, p.alias, v(p.region), span(p)])).toEqual([
      ['infra/prod/main.tf', 'infra/prod', undefined, '"cn-hangzhou" @2:12-2:25', '1:1-1:20'],
      ['infra/prod/main.tf', 'infra/prod', 'sh', '?var.backup_region @7:12-7:29', '5:1-5:20'],
    ]);
    expect(facts.parseProblems).toEqual([]);
  });

  it('projects, machine groups of both resource types, attachments', async () => {
    const facts = await read({ 'main.tf': fixture('tf/main.tf') });
    expect(facts.projects.map((p) => [p.format, p.address, v(p.name), span(p), p.providerAlias])).toEqual([
      ['terraform', 'alicloud_log_project.main', '"app-logs" @11:18-11:28', '10:1-10:39', undefined],
    ]);

    const [web, db] = facts.machineGroups;
    expect([web.format, web.address, span(web), web.providerAlias, web.region]).toEqual(['terraform', 'alicloud_log_machine_group.web', '14:1-14:44', undefined, undefined]);
    expect(v(web.project)).toBe('?alicloud_log_project.main.project_name @15:19-15:57');
    expect(web.projectRef).toBe('alicloud_log_project.main');
    expect(v(web.name)).toBe('"web-servers" @16:19-16:32');
    expect(web.identifyType).toBeUndefined();
    expect(web.identifyTypeDefault).toBe('ip');
    expect(v(web.identifiers)).toBe('["10.0.0.5" @17:20-17:30, ?alicloud_instance.web.public_ip @17:32-17:63, ?${var.prefix}-x @17:65-17:82] @17:19-17:83');
    expect(web.publicIpSources.map(span)).toEqual(['17:32-17:63']);
    expect(v(web.topic)).toBe('"web" @18:19-18:24');

    expect([db.address, db.providerAlias, db.identifyTypeDefault, db.projectRef]).toEqual(['alicloud_sls_machine_group.db', 'sh', undefined, undefined]);
    expect(v(db.project)).toBe('"app-logs" @23:27-23:37');
    expect(v(db.name)).toBe('"db-servers" @24:27-24:39');
    expect(v(db.identifyType)).toBe('"userdefined" @25:27-25:40');
    expect(v(db.identifiers)).toBe('?var.db_ids @26:27-26:37');
    expect(v(db.topic)).toBe('"db" @28:19-28:23');

    expect(facts.attachments.map((a) => [a.address, v(a.project), v(a.configName), v(a.groupName), span(a)])).toEqual([
      [
        'alicloud_logtail_attachment.web',
        '?alicloud_log_project.main.project_name @33:25-33:63',
        '"nginx" @34:25-34:32',
        '?alicloud_log_machine_group.web.name @35:25-35:60',
        '32:1-32:45',
      ],
    ]);
  });

  it('install commands and identity writes in user_data heredocs', async () => {
    const facts = await read({ 'main.tf': fixture('tf/main.tf') });
    expect(facts.installCommands.map((i) => [i.tool, v(i.param), v(i.downloadRegion), span(i)])).toEqual([
      ['logtail.sh', '?${var.region} @42:50-42:63', '"cn-hangzhou" @41:49-41:60', '42:29-42:63'],
    ]);
    expect(facts.identityWrites.map((w) => [w.target, w.appends, v(w.value), span(w)])).toEqual([['user_defined_id', true, '"web" @43:10-43:15', '43:5-43:48']]);
  });

  it('long runs of blanks: read the same between tokens, in a string, a heredoc and a comment', async () => {
    const run = ' '.repeat(100);
    const tf = [
      'resource "alicloud_log_machine_group" "g" {',
      `  name${run}= "a${run}b"`,
      `  identify_type = "userdefined" #${run}*/ x`,
      `  /* ${run} */ identify_list = ["id-1",${run}"id-2"]`,
      '}',
      'resource "alicloud_instance" "a" {',
      `  user_data = <<EOF\necho "id-9"${run}> /etc/ilogtail/user_defined_id\nEOF`,
      '}',
      '',
    ].join('\n');
    const facts = await read({ 'g.tf': tf });
    expect(facts.parseProblems).toEqual([]);
    const [g] = facts.machineGroups;
    expect(v(g.name)).toBe(`"a${run}b" @2:109-2:213`);
    expect(v(g.identifyType)).toBe('"userdefined" @3:19-3:32');
    expect(v(g.identifiers)).toBe('["id-1" @4:127-4:133, "id-2" @4:234-4:240] @4:126-4:241');
    expect(facts.identityWrites.map((w) => [v(w.value), span(w)])).toEqual([['"id-9" @8:6-8:12', '8:1-8:143']]);
  });

  it('a parse that runs past its time budget is cancelled and reported; the next file parses', async () => {
    const { PARSE_BUDGET } = await import('../../src/readers/terraform.js');
    const saved = { ...PARSE_BUDGET };
    const group = (i: number) => `resource "alicloud_log_machine_group" "g${i}" {\n  name = "g${i}"\n  identify_list = ["10.0.0.${i % 250}"]\n}\n`;
    const big = Array.from({ length: 3000 }, (_, i) => group(i)).join('');
    try {
      Object.assign(PARSE_BUDGET, { baseMs: 0, perMiBMs: 0 });
      const facts = await read({ 'big.tf': big });
      expect(facts.machineGroups).toEqual([]);
      expect(facts.parseProblems.map((p) => [p.file, p.format, p.message.slice(0, 60)])).toEqual([
        ['big.tf', 'hcl', 'Terraform: the HCL parser gave up on this file after its tim'],
      ]);
    } finally {
      Object.assign(PARSE_BUDGET, saved);
    }
    const facts = await read({ 'small.tf': group(1) });
    expect(facts.parseProblems).toEqual([]);
    expect(facts.machineGroups.map((g) => v(g.name))).toEqual(['"g1" @2:10-2:14']);
  });

  it('quoted strings: escapes are decoded and positions stay exact', async () => {
    const tf = 'resource "alicloud_instance" "a" {\n  user_data = "#!/bin/sh\\necho \\"id-1\\" > /etc/ilogtail/user_defined_id\\n./logtail.sh install cn-beijing"\n}\n';
    const facts = await read({ 'a.tf': tf });
    expect(facts.identityWrites.map((w) => [v(w.value), span(w)])).toEqual([['"id-1" @2:32-2:40', '2:27-2:72']]);
    expect(facts.installCommands.map((i) => [v(i.param), span(i)])).toEqual([['"cn-beijing" @2:95-2:105', '2:74-2:105']]);
  });

  it('literal values: escapes, numbers, null, $${ } and templates', async () => {
    const tf =
      'resource "alicloud_log_machine_group" "g" {\n  project = "p\\"q"\n  name = 5\n  topic = null\n  identify_type = "$${x}"\n  identify_list = ["a", null, "b${var.c}", upper("d")]\n}\n';
    const facts = await read({ 'g.tf': tf });
    const g = facts.machineGroups[0];
    expect([v(g.project), v(g.name), g.topic, v(g.identifyType)]).toEqual(['"p\\"q" @2:13-2:19', '"5" @3:10-3:11', undefined, '?$${x} @5:19-5:26']);
    expect(v(g.identifiers)).toBe('["a" @6:20-6:23, ?null @6:25-6:29, ?b${var.c} @6:31-6:42, ?upper("d") @6:44-6:54] @6:19-6:55');
  });

  it('comments inside and after values, multi-line headers', async () => {
    const tf =
      'resource "alicloud_log_machine_group" # the web group\n  "g" {\n  name = "g" # trailing\n  identify_list = [\n    "a", # first\n    /* second */ "b",\n    // none\n  ]\n}\n';
    const facts = await read({ 'c.tf': tf });
    const g = facts.machineGroups[0];
    expect([g.address, span(g), v(g.name), v(g.identifiers)]).toEqual(['alicloud_log_machine_group.g', '1:1-2:6', '"g" @3:10-3:13', '["a" @5:5-5:8, "b" @6:18-6:21] @4:19-8:4']);
  });

  it('missing lists and names, splat and for expressions over public_ip', async () => {
    const tf =
      'resource "alicloud_log_machine_group" "a" {\n  identify_list = alicloud_instance.web.*.public_ip\n}\nresource "alicloud_log_machine_group" "b" {\n  identify_list = [for i in alicloud_instance.web : i.public_ip]\n}\nresource "alicloud_log_machine_group" "c" {\n  name = "c"\n  identify_list = var.public_ip\n}\n';
    const facts = await read({ 'g.tf': tf });
    expect(facts.machineGroups.map((g) => [g.address, v(g.name), v(g.identifiers), g.publicIpSources.map(span)])).toEqual([
      ['alicloud_log_machine_group.a', '? @1:1-1:42', '?alicloud_instance.web.*.public_ip @2:19-2:52', ['2:19-2:52']],
      ['alicloud_log_machine_group.b', '? @4:1-4:42', '?[for i in alicloud_instance.web : i.public_ip] @5:19-5:65', ['5:19-5:65']],
      ['alicloud_log_machine_group.c', '"c" @8:10-8:13', '?var.public_ip @9:19-9:32', []],
    ]);
    const empty = await read({ 'e.tf': 'resource "alicloud_sls_machine_group" "e" {\n}\n' });
    expect(v(empty.machineGroups[0].identifiers)).toBe('[] @1:1-1:42');
  });

  it('a syntax error is one parse problem, and what parsed is still read', async () => {
    const tf =
      'provider "alicloud" {\n  region = "cn-hangzhou"\n}\nresource "alicloud_log_machine_group" "g" {\n  name = "g"\n  identify_list = ["1.1.1.1",\n}\nresource "alicloud_log_project" "p" {\n  project_name = "p"\n}\n';
    const facts = await read({ 'bad.tf': tf });
    expect(facts.parseProblems.map((p) => [p.file, p.format, p.message, span(p)])).toEqual([['bad.tf', 'hcl', 'Terraform syntax error: unexpected "}".', '7:1-7:2']]);
    expect(facts.providers.map((p) => v(p.region))).toEqual(['"cn-hangzhou" @2:12-2:25']);
    // tree-sitter's recovery folds the rest of the file into the open list: the group is still read.
    expect(facts.machineGroups.map((g) => v(g.name))).toEqual(['"g" @5:10-5:13']);
  });

  it('a missing closing brace is reported where the parser missed it', async () => {
    const facts = await read({ 'open.tf': 'provider "alicloud" {\n  region = "cn-hangzhou"\n' });
    expect(facts.parseProblems.map((p) => [p.message, span(p)])).toEqual([['Terraform syntax error: missing "}".', '3:1-3:1']]);
    expect(facts.providers.map((p) => v(p.region))).toEqual(['"cn-hangzhou" @2:12-2:25']);
  });

  it('files that mention no alicloud resource or installer are not parsed', async () => {
    const facts = await read({ 'aws.tf': 'resource "aws_instance" "x" {\n  ami = ' });
    expect(facts.parseProblems).toEqual([]);
  });

  it('big files: long literal lists are read in full with exact positions', async () => {
    const ips = Array.from({ length: 5000 }, (_, k) => `"10.0.${k >> 8}.${k & 255}"`);
    const padding = '# ' + 'x'.repeat(100_000) + '\n';
    const tf =
      padding +
      'resource "alicloud_log_machine_group" "big" {\n  name = "big"\n  identify_list = [\n    ' +
      ips.join(',\n    ') +
      ',\n  ]\n}\n' +
      'resource "alicloud_instance" "i" {\n  user_data = <<-EOF\n    ./logtail.sh install cn-hangzhou\n  EOF\n}\n' +
      'resource "alicloud_log_machine_group" "after" {\n  name = "after"\n  identify_list = [alicloud_instance.i.public_ip, ' +
      ips.slice(0, 300).join(', ') +
      ']\n}\n';
    const facts = await read({ 'big.tf': tf });
    expect(facts.parseProblems).toEqual([]);
    const [big, after] = facts.machineGroups;
    const list = big.identifiers.known ? big.identifiers.value : [];
    expect(list).toHaveLength(5000);
    expect([v(list[0]), v(list[4999])]).toEqual(['"10.0.0.0" @5:5-5:15', '"10.0.19.135" @5004:5-5004:18']);
    expect(span(big.identifiers)).toBe('4:19-5005:4');
    expect([v(after.name), span(after)]).toEqual(['"after" @5013:10-5013:17', '5012:1-5012:46']);
    const afterList = after.identifiers.known ? after.identifiers.value : [];
    expect(afterList).toHaveLength(301);
    expect(after.publicIpSources.map(span)).toEqual(['5014:20-5014:49']);
    expect(facts.installCommands.map((i) => [v(i.param), span(i)])).toEqual([['"cn-hangzhou" @5009:26-5009:37', '5009:5-5009:37']]);
  });

  it('big files: a list-like run inside a heredoc is left alone', async () => {
    const items = Array.from({ length: 300 }, (_, k) => `"h${k}"`).join(', ');
    const tf =
      '# ' +
      'x'.repeat(100_000) +
      '\n' +
      'resource "alicloud_instance" "i" {\n  user_data = <<-EOF\n    echo \'[' +
      items +
      "]' > /tmp/x\n    echo web >> /etc/ilogtail/user_defined_id\n  EOF\n}\n" +
      'resource "alicloud_log_machine_group" "g" {\n  name = "g"\n  identify_list = [' +
      items +
      ']\n}\n';
    const facts = await read({ 'big.tf': tf });
    expect(facts.parseProblems).toEqual([]);
    expect(facts.machineGroups[0].identifiers.known && facts.machineGroups[0].identifiers.value.length).toBe(300);
    expect(facts.identityWrites.map((w) => [v(w.value), span(w)])).toEqual([['"web" @5:10-5:13', '5:5-5:46']]);
  });

  it('survives junk, templates and huge files', async () => {
    const big = Array.from(
      { length: 3000 },
      (_, i) => `resource "alicloud_log_machine_group" "g${i}" {\n  project = "p"\n  name = "g${i}"\n  identify_list = ["10.0.${i % 256}.1"]\n}\n`,
    ).join('');
    const facts = await read({
      'junk.tf': 'alicloud {{{{ ]]]] """ <<EOF\n' + '\u0001\uFFFF'.repeat(100),
      'tmpl.tf': 'resource "alicloud_log_project" "p" {\n  project_name = "{{ .Name }}"\n}\n',
      'big.tf': big,
      'deep.tf': 'alicloud = ' + '['.repeat(20_000) + ']'.repeat(20_000),
    });
    expect(facts.parseProblems.map((p) => p.file).sort()).toEqual(['junk.tf']);
    expect(facts.machineGroups).toHaveLength(3000);
    expect(facts.projects.map((p) => v(p.name))).toEqual(['?{{ .Name }} @2:18-2:31']);
  });
});

describe('Terraform JSON (.tf.json)', () => {
  it('providers (object or array) and resources (object or array bodies)', async () => {
    const facts = await read({ 'm/main.tf.json': fixture('main.tf.json') });
    expect(facts.providers.map((p) => [p.moduleDir, p.alias, v(p.region), span(p)])).toEqual([
      ['m', undefined, '"cn-beijing" @2:42-2:54', '2:30-2:31'],
      ['m', 'hz', '?${var.region} @2:85-2:100', '2:58-2:59'],
    ]);
    const [web, db] = facts.machineGroups;
    expect([web.format, web.address, span(web), web.providerAlias, web.projectRef, web.identifyTypeDefault]).toEqual([
      'terraform-json',
      'alicloud_log_machine_group.web',
      '5:7-5:12',
      'hz',
      'alicloud_log_project.main',
      'ip',
    ]);
    expect(v(web.project)).toBe('?${alicloud_log_project.main.name} @7:20-7:55');
    expect(v(web.identifiers)).toBe('["web-1" @10:27-10:34, ?${alicloud_instance.web.public_ip} @10:36-10:72] @10:26-10:73');
    expect(web.publicIpSources.map(span)).toEqual(['10:36-10:72']);
    expect([db.address, v(db.name), v(db.identifiers), v(db.topic), v(db.identifyType)]).toEqual([
      'alicloud_sls_machine_group.db',
      '"db" @14:51-14:55',
      '?${var.ips} @14:104-14:116',
      '"t" @14:154-14:157',
      '"ip" @14:82-14:86',
    ]);
  });

  it('broken JSON is one parse problem, and nothing is taken from a file Terraform rejects', async () => {
    const facts = await read({ 'x.tf.json': '{"resource": {"alicloud_log_project": {"p": {"project_name": "p",}}}}' });
    expect(facts.parseProblems.map((p) => [p.format, p.message, span(p)])).toEqual([['terraform-json', 'JSON syntax error: property name expected.', '1:66-1:67']]);
    expect(facts.projects).toEqual([]);
  });
});

describe('Terraform plan JSON', () => {
  it('planned values, provider region, after_unknown, module addresses and references', async () => {
    const facts = await read({ 'plan/tfplan.json': fixture('plan.json') });
    expect(facts.parseProblems).toEqual([]);
    const [web, db] = facts.machineGroups;
    expect([web.format, web.address, span(web), web.projectRef, web.identifyTypeDefault, web.topic]).toEqual([
      'terraform-plan',
      'alicloud_log_machine_group.web',
      '8:22-8:54',
      'alicloud_log_project.main',
      'ip',
      undefined,
    ]);
    expect(v(web.name)).toBe('"web-servers" @13:54-13:67');
    expect(v(web.project)).toBe('"app-logs" @13:80-13:90');
    expect(v(web.identifyType)).toBe('"ip" @13:40-13:44');
    expect(v(web.identifiers)).toBe('?(known after apply) @8:22-8:54');
    expect(web.publicIpSources.map(span)).toEqual(['8:22-8:54']);
    expect(v(web.region)).toBe('"cn-hangzhou" @53:142-53:155');

    expect([db.address, db.providerAlias, span(db)]).toEqual(['module.db.alicloud_sls_machine_group.db[0]', 'sh', '21:26-21:70']);
    expect(v(db.identifiers)).toBe('["db-1" @30:34-30:40, ?(known after apply) @30:42-30:46] @30:33-30:47');
    expect(v(db.topic)).toBe('"db" @31:54-31:58');
    expect(v(db.region)).toBe('?var.backup_region @54:86-54:125');
  });

  it('falls back to resource_changes when there are no planned values', async () => {
    const plan = JSON.stringify(
      {
        format_version: '1.2',
        resource_changes: [
          { address: 'alicloud_log_project.p', type: 'alicloud_log_project', change: { actions: ['create'], after: { project_name: 'p1' }, after_unknown: {} } },
          { address: 'alicloud_log_project.gone', type: 'alicloud_log_project', change: { actions: ['delete'], after: null } },
        ],
      },
      null,
      1,
    );
    const facts = await read({ 'p.json': plan });
    expect(facts.projects.map((p) => [p.format, p.address, v(p.name), p.region])).toEqual([['terraform-plan', 'alicloud_log_project.p', '"p1" @12:22-12:26', undefined]]);
  });

  it('a broken plan is one parse problem', async () => {
    const facts = await read({ 'p.json': '{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"type": "alicloud_log_project"' });
    expect(facts.parseProblems.map((p) => [p.format, p.message])).toEqual([['terraform-plan', 'JSON syntax error: close brace expected.']]);
  });
});
