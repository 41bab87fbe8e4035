/**
 * The real-file regression set (issue 9): test/fixtures/real/<NN-slug>/ holds faithful reductions of
 * public files (provenance in test/fixtures/real/SOURCES.md; NN is the folder of the precision run
 * in notes/real). Each folder is linted on its own with every rule, as the precision run did, and
 * its findings must be exactly those listed here, by rule, file and line:
 *
 * - `expect`: the faults the file really has, each at its line;
 * - `knownFalse`: findings that are wrong but not yet fixed, each with who owns the fix (so this
 *   test fails, and the entry goes, the day it is fixed);
 * - `mustNot`: the false findings of the precision run that were fixed, which must not come back.
 *
 * A folder marked `correct` holds no real fault: it may have no error-level finding at all.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Diagnostic, type Severity } from '../src/index.js';

const ROOT = path.resolve(import.meta.dirname, 'fixtures/real');

/** `rule file:line severity`. */
type At = `${string} ${string}:${number} ${Severity}`;

interface RealCase {
  /** No real fault: no error-level finding may appear. */
  correct?: true;
  expect?: At[];
  knownFalse?: Array<{ at: At; owner: string; why: string }>;
  /** `rule file:line` or `rule file` (anywhere in the file). */
  mustNot?: Array<{ at: string; why: string }>;
}

const CASES: Record<string, RealCase> = {
  '01-quoted-provider-refs': {
    correct: true,
    expect: ['install/auto-region templates/provisioning.tpl:5 info'],
    mustNot: [
      { at: 'install/download-region-mismatch templates/provisioning.tpl', why: 'the installer fetches its package by its parameter, not from the bucket it came from' },
      { at: 'machine-group/implicit-default-provider terraform.tf', why: '`provider = "alicloud.region-a"` (quoted) is a provider reference' },
    ],
  },
  '03-robot-loongcollector-setup': {
    correct: true,
    mustNot: [{ at: 'install/folder-not-created setup_logtail.sh', why: 'mkdir -p /etc/ilogtail/users comes first' }],
  },
  '05-module-user-data': {
    correct: true,
    mustNot: [{ at: 'install/folder-not-created locals.tf', why: 'the touch comes after the install, which creates users/' }],
  },
  '06-community-demo-placeholder-keys': {
    correct: true,
    // "domain_socket_address" is in no open-source flag list at that commit (precision run: TP?).
    expect: ['config/unknown-key docker/ilogtail_config.json:6 warning'],
    mustNot: [
      { at: 'config/plaintext-access-key docker/ilogtail_config.json', why: '"example_access_key_id" is a placeholder, not a credential' },
      { at: 'config/missing-data-server docker/ilogtail_config.json', why: 'a community config (access keys, no SLS key)' },
    ],
  },
  '07-community-quickstart-empty-keys': { correct: true },
  '08-community-empty-object': {
    correct: true,
    expect: ['config/edition-assumed example_config/start_with_container/ilogtail_config.json:1 info'],
    mustNot: [{ at: 'config/missing-data-server example_config/start_with_container/ilogtail_config.json', why: 'the open-source agent reads no data_server_list' }],
  },
  '11-loongcollector-quickstart': { correct: true },
  '13-community-daemonset': { correct: true },
  '16-ros-clone-public-ips': {
    // The vendor's own template defaults GroupName to DefaultSLSGroupTest: a warning, not an error (the sources disagree on capitals).
    expect: ['machine-group/disputed-name-characters ecs-clone-join-sls.yml:5 warning', 'machine-group/public-ip ecs-clone-join-sls.yml:25 error'],
    mustNot: [{ at: 'machine-group/invalid-name ecs-clone-join-sls.yml', why: 'the ROS reference and the vendor templates allow capitals' }],
  },
  '27-ros-placeholder-ip': { expect: ['machine-group/invalid-ip sls-multi-cloud.yml:16 error'] },
  '30-doc-masked-account': { expect: ['install/invalid-account-id configure-user-id.sh:1 error', 'install/invalid-account-id configure-user-id.sh:2 error'] },
  '31-doc-markdown-escape': { expect: ['config/invalid-json usr/local/ilogtail/ilogtail_config.json:2 error'] },
  '32-doc-install-regions': {
    expect: [
      'install/auto-region install-logtail.sh:2 info',
      'region/unknown install-logtail.sh:3 error',
      'region/retired install-logtail.sh:5 error',
      'region/retired install-logtail.sh:6 error',
    ],
  },
  '34-provider-decommissioning-region': { expect: ['region/decommissioning main.tf:2 warning'] },
  '35-provider-docs-attachment': { correct: true, mustNot: [{ at: 'machine-group/attachment-unknown-group main.tf', why: 'the group is referenced' }] },
  '36-packer-inline-steps': {
    correct: true,
    expect: ['install/auto-region app_image.json:12 info'],
    mustNot: [{ at: 'install/folder-not-created app_image.json', why: '"mkdir -p /etc/ilogtail" is an inline step of its own, before the write' }],
  },
  '38-doc-arms-install-blocks': {
    expect: ['install/vpc-suffix install-agent.sh:11 warning', 'install/vpc-suffix install-agent.sh:14 warning'],
    mustNot: [
      { at: 'install/download-region-mismatch install-agent.sh', why: 'each install follows its own download (legacy vpc100 hosts included); the bucket region plays no part' },
      { at: 'install/folder-not-created install-agent.sh', why: 'the account files are touched after the install' },
    ],
  },
  '39-doc-host-bundle': { expect: ['file/parse-error usr/local/ilogtail/app_info.json:5 error'] },
  '40-doc-ros-single-quotes': {
    expect: ['file/parse-error machine-group-template.json:10 error'],
    mustNot: [
      { at: 'machine-group/empty-identify-list machine-group-template.json', why: "MachineList holds '192.168.XX.XX'; a value that failed to parse is unknown, not empty" },
    ],
  },
  '41-userdefined-from-variable': { correct: true },
  '44-image-user-defined-id-env-name': { expect: ['install/env-name-flag-value docker/logtail/entry.sh:5 warning'] },
  '45-installer-install-step': {
    correct: true,
    mustNot: [
      { at: 'install/folder-not-created docker/logtail/logtail.sh', why: 'the installer makes users/ itself' },
      { at: 'install/invalid-account-id docker/logtail/logtail.sh', why: '$ALIUID is a variable' },
    ],
  },
  '46-doc-configserver-dots': {
    expect: [
      'config/invalid-json conf/instance_config/local/loongcollector_config.json:2 error',
      'config/invalid-json conf/instance_config/local/loongcollector_config.json:6 error',
    ],
  },
  '47-community-system-config': { correct: true },
  '48-community-ebpf-block': {
    correct: true,
    expect: ['config/edition-assumed ilogtail_config.json:1 info'],
    mustNot: [
      { at: 'config/unknown-key ilogtail_config.json', why: 'the nested ebpf object flattens to the ebpf_* flags' },
      { at: 'config/missing-data-server ilogtail_config.json', why: 'a community docs snippet' },
    ],
  },
  '53-unrelated-logtail-sh': { correct: true },
  '55-loongcollector-mgmt': { correct: true },
  '56-fork-own-keys': {
    correct: true,
    expect: ['config/edition-assumed ilogtail_config.json:1 info'],
    knownFalse: [
      { at: 'config/unknown-key ilogtail_config.json:6 warning', owner: 'inherent (warning)', why: "the fork's own control-plane key, unknown to the public build" },
      { at: 'config/unknown-key ilogtail_config.json:7 warning', owner: 'inherent (warning)', why: 'as above' },
      { at: 'config/unknown-key ilogtail_config.json:8 warning', owner: 'inherent (warning)', why: 'as above' },
    ],
    mustNot: [{ at: 'config/missing-data-server ilogtail_config.json', why: 'a fork with its own config provider, no SLS' }],
  },
  // Precision run 2 (/work/precision-2): the two true errors' source shapes not yet in the set.
  '60-ros-instance-group-public-ips': { expect: ['machine-group/public-ip ecs-instance-group-join-sls.yml:24 error'] },
  '61-ros-jq-private-ip': {
    correct: true,
    mustNot: [
      { at: 'machine-group/public-ip sls-collect-logs-in-nginx-mode.yml', why: 'Fn::Jq picks PrivateIpAddress of the instance data source' },
      { at: 'machine-group/invalid-ip sls-collect-logs-in-nginx-mode.yml', why: 'an intrinsic function is an unknown value, not a literal' },
      { at: 'machine-group/empty-identify-list sls-collect-logs-in-nginx-mode.yml', why: 'the one entry is an Fn::Jq value' },
    ],
  },
};

const at = (d: Diagnostic): At => `${d.ruleId} ${d.file}:${d.range.start.line} ${d.severity}`;

describe('real files (test/fixtures/real)', () => {
  it('every fixture folder has a case, and every case a folder', () => {
    const folders = readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [folder, c] of Object.entries(CASES)) {
    it(`${folder}: exactly the listed findings`, async () => {
      const result = await lint({ cwd: path.join(ROOT, folder), overrides: { noConfigLookup: true } });
      expect(result.ruleFailures).toEqual([]);
      expect(result.readerFailures).toEqual([]);
      const actual = result.diagnostics.map(at).sort();
      expect(actual).toEqual([...(c.expect ?? []), ...(c.knownFalse ?? []).map((k) => k.at)].sort());
      for (const m of c.mustNot ?? []) {
        const [rule, where] = m.at.split(' ');
        const hit = result.diagnostics.find((d) => d.ruleId === rule && (where.includes(':') ? `${d.file}:${d.range.start.line}` === where : d.file === where));
        expect(hit, `${m.at} must not appear: ${m.why}`).toBeUndefined();
      }
      if (c.correct) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error' && !(c.knownFalse ?? []).some((k) => k.at === at(d)));
        expect(errors.map(at), 'a correct file gets no error').toEqual([]);
      }
      // Messages are one line each: nothing from the file's text may break them.
      for (const d of result.diagnostics) expect(d.message, at(d)).not.toMatch(/[\r\n]/);
    });
  }
});
