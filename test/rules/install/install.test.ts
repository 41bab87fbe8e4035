import { describe, expect, it } from 'vitest';
import { type IdentityWriteFact, type InstallCommandFact } from '../../../src/facts/index.js';
import { unknown, known } from '../../../src/core/value.js';
import type { Rule } from '../../../src/rules/types.js';
import { installRules } from '../../../src/rules/install/index.js';
import unknownRegion from '../../../src/rules/install/unknown-region.js';
import retiredRegion from '../../../src/rules/install/retired-region.js';
import decommissioningRegion from '../../../src/rules/install/decommissioning-region.js';
import vpcSuffix from '../../../src/rules/install/vpc-suffix.js';
import autoRegion from '../../../src/rules/install/auto-region.js';
import downloadMismatch from '../../../src/rules/install/download-region-mismatch.js';
import appendUdid from '../../../src/rules/install/append-user-defined-id.js';
import invalidAccountId from '../../../src/rules/install/invalid-account-id.js';
import placeholderIdentity from '../../../src/rules/install/placeholder-identity.js';
import { applyEdits, at, run, source, span } from '../users/run-rule.js';

const FILE = 'scripts/install.sh';

/** `./logtail.sh install <param>` on line 2 of a script, the parameter at column 22. */
function cmd(param: string, download?: string): { fact: InstallCommandFact; text: string } {
  const first = download ? `wget http://logtail-release-${download}.oss-${download}.aliyuncs.com/linux64/logtail.sh\n` : '#!/bin/sh\n';
  const text = `${first}./logtail.sh install ${param}\n`;
  const fact: InstallCommandFact = {
    file: FILE,
    tool: 'logtail.sh',
    param: known(param, at(2, 22, 22 + param.length)),
    downloadRegion: download ? known(download, at(1, 28, 28 + download.length)) : undefined,
    range: at(2, 1, 22 + param.length),
  };
  return { fact, text };
}
function check(rule: Rule, param: string, download?: string) {
  const { fact, text } = cmd(param, download);
  return { found: run(rule, { installCommands: [fact] }, [source(FILE, text)]), text };
}

describe('install rules (facts)', () => {
  it('are all listed', () => {
    expect(installRules.map((r) => `${r.id} ${r.severity}${r.fixable ? ' fix' : ''}`)).toEqual([
      'install/unknown-region error fix',
      'install/retired-region error',
      'install/decommissioning-region warning',
      'install/vpc-suffix warning fix',
      'install/auto-region info',
      'install/download-region-mismatch error',
      'install/append-user-defined-id warning fix',
      'install/invalid-account-id error',
      'install/placeholder-identity warning',
    ]);
  });

  it('good parameters and unknown values produce nothing', () => {
    const good = ['cn-hangzhou', 'cn-hangzhou-internet', 'ap-southeast-1-acceleration', 'cn_beijing_internet', 'cn-shanghai-finance-internet'];
    for (const rule of installRules) {
      for (const p of good) expect(check(rule, p, p.startsWith('cn-hangzhou') ? 'cn-hangzhou' : undefined).found).toEqual([]);
      const u: InstallCommandFact = { file: FILE, tool: 'logtail.sh', param: unknown('${REGION}-vpc', at(2, 22, 35)), downloadRegion: unknown('${REGION}', at(1, 1, 2)), range: at(2, 1, 35) };
      const w: IdentityWriteFact = { file: FILE, target: 'users', appends: false, value: unknown('${UID}', at(3, 1, 2)), range: at(3, 1, 2) };
      expect(run(rule, { installCommands: [u], identityWrites: [w] })).toEqual([]);
    }
  });

  it('unknown-region: did you mean, exact range; fix only for a change of case', () => {
    const typo = check(unknownRegion, 'cn-hangzou-internet');
    expect(typo.found.map(span)).toEqual(['2:22-2:41']);
    expect(typo.found[0].message).toContain('Did you mean "cn-hangzhou-internet"?');
    expect(typo.found[0].fix).toBeUndefined();
    const intranet = check(unknownRegion, 'cn-hangzhou-intranet');
    expect(intranet.found[0].message).toContain('Did you mean "cn-hangzhou"? The bare region ID already installs the intranet network.');
    const upper = check(unknownRegion, 'CN-HANGZHOU');
    expect(applyEdits(upper.text, upper.found[0].fix!.edits)).toBe(upper.text.replace('CN-HANGZHOU', 'cn-hangzhou'));
    expect(check(unknownRegion, '<region-id>').found[0].message).toContain('placeholder');
    expect(check(unknownRegion, 'mars-north-1').found[0].message).toContain('logtail-lint regions');
    expect(check(unknownRegion, 'auto').found).toEqual([]);
    expect(check(unknownRegion, 'cn-shanghai-corp').found).toEqual([]);
  });

  it('retired-region and decommissioning-region', () => {
    expect(check(retiredRegion, 'ap-southeast-2-internet').found.map(span)).toEqual(['2:22-2:45']);
    expect(check(retiredRegion, 'ap-south-1').found[0].message).toContain('closed');
    expect(check(retiredRegion, 'cn-hangzhou').found).toEqual([]);
    expect(check(decommissioningRegion, 'cn-nanjing').found.map(span)).toEqual(['2:22-2:32']);
    expect(check(decommissioningRegion, 'cn-hangzhou').found).toEqual([]);
  });

  it('vpc-suffix: warning with a fix that drops the suffix', () => {
    const { found, text } = check(vpcSuffix, 'cn-hangzhou-vpc');
    expect(found.map(span)).toEqual(['2:22-2:37']);
    expect(found[0].message).toContain('the intranet network');
    expect(applyEdits(text, found[0].fix!.edits)).toBe(text.replace('cn-hangzhou-vpc', 'cn-hangzhou'));
    const u = check(vpcSuffix, 'cn_hangzhou_vpc');
    expect(applyEdits(u.text, u.found[0].fix!.edits)).toBe(u.text.replace('cn_hangzhou_vpc', 'cn_hangzhou'));
    expect(check(vpcSuffix, 'cn-hangzhou').found).toEqual([]);
    expect(check(unknownRegion, 'cn-hangzhou-vpc').found).toEqual([]); // not an unknown region
  });

  it('auto-region: info', () => {
    expect(check(autoRegion, 'auto').found.map(span)).toEqual(['2:22-2:26']);
    expect(check(autoRegion, 'cn-hangzhou').found).toEqual([]);
  });

  it('download-region-mismatch: at the URL region, related to the parameter', () => {
    const { found } = check(downloadMismatch, 'cn-shanghai-internet', 'cn-hangzhou');
    expect(found.map(span)).toEqual(['1:28-1:39']);
    expect(found[0].related?.map(span)).toEqual(['2:22-2:42']);
    expect(found[0].message).toContain('installs for cn-shanghai');
    expect(check(downloadMismatch, 'cn-hangzhou-internet', 'cn-hangzhou').found).toEqual([]);
    expect(check(downloadMismatch, 'auto', 'cn-hangzhou').found).toEqual([]);
    expect(check(downloadMismatch, 'cn-hangzou', 'cn-hangzhou').found).toEqual([]); // unknown-region's
    expect(check(downloadMismatch, 'cn-shanghai-corp', 'cn-shanghai-corp').found).toEqual([]);
  });
});

describe('identity writes (facts)', () => {
  function write(line: number, target: IdentityWriteFact['target'], value: string, appends: boolean, text: string): IdentityWriteFact {
    const col = text.split('\n')[line - 1].indexOf(value) + 1;
    return { file: FILE, target, appends, value: known(value, at(line, col, col + value.length)), range: at(line, 1, text.split('\n')[line - 1].length + 1) };
  }
  const runWrites = (rule: Rule, text: string, writes: IdentityWriteFact[]) => run(rule, { identityWrites: writes }, [source(FILE, text)]);

  it('append-user-defined-id: points at >>, fix overwrites when it is the only write', () => {
    const text = '#!/bin/sh\necho web-prod >> /etc/ilogtail/user_defined_id\n';
    const found = runWrites(appendUdid, text, [write(2, 'user_defined_id', 'web-prod', true, text)]);
    expect(found.map(span)).toEqual(['2:15-2:17']);
    expect(applyEdits(text, found[0].fix!.edits)).toBe('#!/bin/sh\necho web-prod > /etc/ilogtail/user_defined_id\n');
  });

  it('append-user-defined-id: tee -a', () => {
    const text = 'echo web-prod | sudo tee -a /etc/ilogtail/user_defined_id\n';
    const found = runWrites(appendUdid, text, [write(1, 'user_defined_id', 'web-prod', true, text)]);
    expect(found.map(span)).toEqual(['1:22-1:28']);
    expect(applyEdits(text, found[0].fix!.edits)).toBe('echo web-prod | sudo tee /etc/ilogtail/user_defined_id\n');
  });

  it('append-user-defined-id: no fix with several writes; none after a truncating write', () => {
    const two = 'echo a >> /etc/ilogtail/user_defined_id\necho b >> /etc/ilogtail/user_defined_id\n';
    const found = runWrites(appendUdid, two, [write(1, 'user_defined_id', 'a', true, two), write(2, 'user_defined_id', 'b', true, two)]);
    expect(found.map(span)).toEqual(['1:8-1:10', '2:8-2:10']);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
    const built = 'echo a > /etc/ilogtail/user_defined_id\necho b >> /etc/ilogtail/user_defined_id\n';
    expect(runWrites(appendUdid, built, [write(2, 'user_defined_id', 'b', true, built), write(1, 'user_defined_id', 'a', false, built)])).toEqual([]);
    // appends to users/ are not this rule's
    const users = 'echo >> /etc/ilogtail/users/1234567890123456\n';
    expect(runWrites(appendUdid, users, [write(1, 'users', '1234567890123456', true, users)])).toEqual([]);
  });

  it('invalid-account-id: masked and placeholder IDs', () => {
    const text = 'touch /etc/ilogtail/users/****\ntouch /etc/ilogtail/users/YOUR_UID\ntouch /etc/ilogtail/users/1234567890123456\n';
    const found = runWrites(invalidAccountId, text, [write(1, 'users', '****', false, text), write(2, 'users', 'YOUR_UID', false, text), write(3, 'users', '1234567890123456', false, text)]);
    expect(found.map(span)).toEqual(['1:27-1:31', '2:27-2:35']);
    expect(found[0].message).toContain('masked');
    expect(found[1].message).toContain('placeholder');
  });

  it('placeholder-identity: identifiers and the docs example account', () => {
    const text = 'echo userdefined > /etc/ilogtail/user_defined_id\ntouch /etc/ilogtail/users/1559122535028493\necho web-prod > /etc/ilogtail/user_defined_id\n';
    const found = runWrites(placeholderIdentity, text, [
      write(1, 'user_defined_id', 'userdefined', false, text),
      write(2, 'users', '1559122535028493', false, text),
      write(3, 'user_defined_id', 'web-prod', false, text),
    ]);
    expect(found.map(span)).toEqual(['1:6-1:17', '2:27-2:43']);
    expect(found[1].message).toContain("example account ID from Alibaba Cloud's docs");
  });
});
