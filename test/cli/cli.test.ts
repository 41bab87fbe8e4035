import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/core/version.js';
import { writeTree } from '../helpers.js';
import { spawnSync } from 'node:child_process';
import { BIN, runBin } from './run-bin.js';

const BINARY = new Uint8Array([0x7b, 0x00, 0x7d]);

describe('logtail-lint (spawned bin)', () => {
  it('--version and --help exit 0', () => {
    const dir = writeTree({});
    expect(runBin(['--version'], dir)).toMatchObject({ status: 0, stdout: `${VERSION}\n` });
    const help = runBin(['--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: logtail-lint [options] [paths or globs...]');
    expect(help.stdout).toContain('Exit codes: 0');
  });

  it('a clean tree prints nothing and exits 0', () => {
    expect(runBin([], writeTree({ 'h/user_defined_id': 'web\n' }))).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('findings exit 1 with a stylish report that shows the line', () => {
    const r = runBin([], writeTree({ 'h/ilogtail_config.json': BINARY }));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('h/ilogtail_config.json');
    expect(r.stdout).toMatch(/1:1\s+error\s+File contains a NUL byte at offset 1.*file\/binary/);
    expect(r.stdout).toContain('1 problem (1 error, 0 warnings');
    expect(r.stdout).not.toContain('\u001b['); // not a TTY: no colour
  });

  it('--color forces colour; NO_COLOR does not apply to a forced flag', () => {
    const r = runBin(['--color'], writeTree({ 'h/ilogtail_config.json': BINARY }), { NO_COLOR: '1' });
    expect(r.stdout).toContain('\u001b[');
  });

  it('writes several formats, each to its own place', () => {
    const dir = writeTree({ 'h/ilogtail_config.json': BINARY });
    const r = runBin(['-f', 'json', '-o', 'out/report.json', '-f', 'sarif', '-o', 'out/report.sarif', '-f', 'github'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=h\/ilogtail_config\.json,line=1,col=1,endLine=1,endColumn=1,title=file\/binary::File contains a NUL byte/);
    const json = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(json.diagnostics[0]).toMatchObject({ ruleId: 'file/binary', file: 'h/ilogtail_config.json' });
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].ruleId).toBe('file/binary');
  });

  it('--rule turns a rule off; an unknown rule or severity is a usage error (exit 2)', () => {
    const dir = writeTree({ 'h/ilogtail_config.json': BINARY });
    expect(runBin(['--rule', 'file/binary=off'], dir).status).toBe(0);
    const unknown = runBin(['--rule', 'file/nope=off'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('logtail-lint: Unknown rule "file/nope" (--rule). Run `logtail-lint rules` to list rule IDs.\n');
    expect(runBin(['--rule', 'file/binary=loud'], dir).stderr).toContain('Invalid severity "loud"');
  });

  it('usage errors are one line without a stack trace', () => {
    const r = runBin(['--format', 'xml'], writeTree({}));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('logtail-lint: --format must be one of stylish, json, sarif, github, junit, summary, html; got "xml".\n');
    expect(runBin(['--bogus'], writeTree({})).stderr).not.toMatch(/\n\s+at /);
  });

  it('a pattern that matches nothing is an error unless allowed', () => {
    const dir = writeTree({});
    expect(runBin(['missing/'], dir).status).toBe(2);
    expect(runBin(['missing/', '--no-error-on-unmatched-pattern'], dir).status).toBe(0);
  });

  it('--fail-on, --max-warnings and --quiet set the threshold and what is shown', () => {
    // A 40-byte limit makes file/too-large (a warning) fire on this config.
    const dir = writeTree({ 'h/ilogtail_config.json': `{"a": "${'x'.repeat(60)}"}` });
    expect(runBin(['--max-file-size', '40'], dir).status).toBe(0);
    expect(runBin(['--max-file-size', '40', '--fail-on', 'warning'], dir).status).toBe(1);
    const capped = runBin(['--max-file-size', '40', '--max-warnings', '0'], dir);
    expect(capped.status).toBe(1);
    expect(capped.stderr).toContain('too many warnings (1; maximum: 0)');
    expect(runBin(['--max-file-size', '40', '--quiet'], dir).stdout).toBe('');
    expect(runBin(['--fail-on', 'never'], writeTree({ 'h/ilogtail_config.json': BINARY })).status).toBe(0);
  });

  it('--print-config shows the configuration in effect', () => {
    const dir = writeTree({ '.logtail-lint.json': '{ "rules": { "file/binary": "warn" } }' });
    const r = runBin(['--print-config', '--rule', 'file/too-large=off'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).rules).toEqual({ 'file/binary': 'warning', 'file/too-large': 'off' });
  });

  it('a broken config file exits 2 naming file, line and column', () => {
    const r = runBin([], writeTree({ '.logtail-lint.json': '{\n  "ignores": [1]\n}' }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.logtail-lint\.json:2:15: invalid config at \/ignores\/0: must be string/);
  });

  it('--init writes a starter config once', () => {
    const dir = writeTree({});
    expect(runBin(['--init'], dir).status).toBe(0);
    const text = readFileSync(path.join(dir, '.logtail-lint.json'), 'utf8');
    expect(text).toContain('"$schema": "./node_modules/logtail-lint/schemas/logtail-lint.schema.json"');
    expect(runBin([], dir).status).toBe(0); // the starter is a valid config
    const again = runBin(['--init'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('--context reads the whole tree but reports only on the named files', () => {
    const dir = writeTree({ 'a/ilogtail_config.json': BINARY, 'b/ilogtail_config.json': BINARY });
    const r = runBin(['--context', '.', 'b/ilogtail_config.json', '-f', 'json'], dir);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file)).toEqual(['b/ilogtail_config.json']);
  });

  it('rules and regions list what the engine knows', () => {
    const dir = writeTree({});
    const rules = runBin(['rules'], dir);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^file\/binary\s+error\s+/m);
    const regions = runBin(['regions'], dir);
    expect(regions.stdout).toMatch(/^cn-hangzhou\s+Hangzhou\s+active/m);
    expect(regions.stdout).toMatch(/^ap-south-1\s+Mumbai\s+retired/m);
    expect(existsSync(path.join(dir, '.logtail-lint.json'))).toBe(false);
  });
});

describe('--context (the pre-commit hook)', () => {
  const tf = (id: string) => `provider "alicloud" {\n  region = "cn-hangzhou"\n}\nresource "alicloud_log_machine_group" "web" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["${id}"]\n}\n`;
  const host = {
    'hosts/web/usr/local/ilogtail/ilogtail_config.json': JSON.stringify({ config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }] }),
    'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\n',
  };
  const ruleIds = (stdout: string) => JSON.parse(stdout).diagnostics.map((d: { ruleId: string; file: string }) => `${d.ruleId} ${d.file}`);

  it('a change that breaks a join is reported when only the changed file is passed', () => {
    const dir = writeTree({ ...host, 'infra/sls.tf': tf('web-prd') });
    const r = runBin(['--context', '.', '-f', 'json', 'infra/sls.tf'], dir);
    expect(r.status).toBe(1);
    expect(ruleIds(r.stdout)).toContain('host/identity-matches-no-group hosts/web/etc/ilogtail/user_defined_id');
    expect(runBin(['--context', '.', '-f', 'json', 'infra/sls.tf'], writeTree({ ...host, 'infra/sls.tf': tf('web-prod') })).status).toBe(0);
  });

  it('takes folders and globs, and a path that does not exist is an error', () => {
    const dir = writeTree({ 'a/ilogtail_config.json': BINARY, 'b/ilogtail_config.json': BINARY, 'README.md': '' });
    expect(ruleIds(runBin(['--context', '.', '-f', 'json', 'a'], dir).stdout)).toEqual(['file/binary a/ilogtail_config.json']);
    expect(ruleIds(runBin(['--context', '.', '-f', 'json', '*/ilogtail_config.json'], dir).stdout)).toHaveLength(2);
    expect(runBin(['--context', '.', 'README.md'], dir).status).toBe(0); // exists, not a kind logtail-lint reads
    expect(runBin(['--context', '.', 'nope/ilogtail_config.json'], dir).status).toBe(2);
    expect(runBin(['--context', 'nodir', 'a/ilogtail_config.json'], dir).status).toBe(2);
  });
});

describe('the CLI under hostile conditions', () => {
  it('--quiet runs error rules only: exit code and --fix follow what is shown', () => {
    const dir = writeTree({ 'h/ilogtail_config.json': `{"a": "${'x'.repeat(60)}"}` });
    expect(runBin(['--max-file-size', '40', '--quiet', '--fail-on', 'warning'], dir)).toMatchObject({ status: 0, stdout: '' });
    expect(runBin(['--max-file-size', '40', '--quiet', '--max-warnings', '0'], dir).status).toBe(0);
  });

  it('an output file that cannot be written is a usage error, not an internal one', () => {
    const dir = writeTree({ 'h/user_defined_id': 'x\n', 'out/.keep': '' });
    const r = runBin(['-f', 'json', '-o', 'out'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('logtail-lint: cannot write --output-file out (EISDIR).\n');
  });

  it('a closed pipe ends the run quietly; a full disk is exit 2 with a message', () => {
    const dir = writeTree({ 'h/ilogtail_config.json': BINARY });
    const full = spawnSync('sh', ['-c', `node ${BIN} -f json >/dev/full`], { cwd: dir, encoding: 'utf8' });
    expect(full.status).toBe(2);
    expect(full.stderr).toBe('logtail-lint: cannot write output (ENOSPC)\n');
    const piped = spawnSync('sh', ['-c', `node ${BIN} -f json | true`], { cwd: dir, encoding: 'utf8' });
    expect(piped.stderr).not.toMatch(/\n\s+at /);
  });

  it('one-line messages for bad option values, a BOM in the config is fine, and rules takes no paths', () => {
    const dir = writeTree({ '.logtail-lint.json': '\uFEFF{ "rules": {} }' });
    expect(runBin([], dir)).toMatchObject({ status: 0, stderr: '' });
    const r = runBin(['--max-warnings', '-1'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(runBin(['rules', 'x'], dir).stderr).toContain('takes no paths');
  });
});
