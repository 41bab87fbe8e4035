/**
 * The joins stay linear: 100k host identifiers against 100k group identifiers. A sanity guard
 * only (best of three timings, a generous ratio bound); the real benchmark lives in bench/.
 * The facts come from real file text (a Terraform plan and a Kubernetes List), read once; what
 * is measured is the model and the host/ rules.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_SIZE, type ResolvedConfig } from '../../src/config/types.js';
import { readFacts } from '../../src/engine/read.js';
import { runRules } from '../../src/engine/pipeline.js';
import type { Facts } from '../../src/facts/index.js';
import { buildFleet } from '../../src/model/fleet.js';
import { hostRules } from '../../src/rules/host/index.js';
import { textFile } from '../readers/util.js';

const CONFIG: ResolvedConfig = { baseDir: '/repo', rules: {}, ignores: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, projects: [], hosts: [], externalIdentifiers: [], editions: [], suppressions: [], places: {} };

/**
 * `n` identifiers in 100 userdefined groups of one region (a plan), and `n` carried by `n / 10`
 * containers (10 each) talking to that region; one in ten host identifiers matches no group.
 */
async function scene(n: number): Promise<Facts> {
  const perGroup = n / 100;
  const resources = Array.from({ length: 100 }, (_, g) => ({
    address: `alicloud_log_machine_group.g${g}`,
    mode: 'managed',
    type: 'alicloud_log_machine_group',
    name: `g${g}`,
    values: { name: `g${g}`, project: 'p', identify_type: 'userdefined', identify_list: Array.from({ length: perGroup }, (_, i) => `id-${g * perGroup + i}`) },
  }));
  const plan = {
    format_version: '1.2',
    planned_values: { root_module: { resources } },
    configuration: { provider_config: { alicloud: { name: 'alicloud', expressions: { region: { constant_value: 'cn-hangzhou' } } } }, root_module: { resources: [] } },
  };
  const items = Array.from({ length: n / 10 }, (_, c) => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: `ds-${c}` },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'logtail',
              env: [
                { name: 'ALIYUN_LOGTAIL_CONFIG', value: '/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json' },
                { name: 'ALIYUN_LOGTAIL_USER_DEFINED_ID', value: Array.from({ length: 10 }, (_, i) => (i === 0 ? `missing-${c}` : `id-${c * 10 + i}`)).join(',') },
              ],
            },
          ],
        },
      },
    },
  }));
  const { facts } = await readFacts([
    textFile('plan.json', JSON.stringify(plan), 'json'),
    textFile('k8s/ds.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items }), 'json'),
  ]);
  return facts;
}

function lintOnce(facts: Facts): { ms: number; findings: number; mapGets: number } {
  const get = Map.prototype.get;
  let mapGets = 0;
  Map.prototype.get = function (this: Map<unknown, unknown>, k: unknown) {
    mapGets++;
    return get.call(this, k);
  };
  const t0 = performance.now();
  let findings = 0;
  try {
    const fleet = buildFleet({ cwd: '/repo', config: CONFIG, readFiles: [], discoverProblems: [], facts });
    findings = runRules(hostRules, fleet, CONFIG).diagnostics.length;
  } finally {
    Map.prototype.get = get;
  }
  return { ms: performance.now() - t0, findings, mapGets };
}

const best = (facts: Facts) => {
  const runs = [lintOnce(facts), lintOnce(facts), lintOnce(facts)];
  return { ...runs[0], ms: Math.min(...runs.map((r) => r.ms)) };
};

describe('join scale', () => {
  it('100k identifiers join in linear time', async () => {
    const [smallFacts, largeFacts] = [await scene(10_000), await scene(100_000)];
    expect(largeFacts.machineGroups).toHaveLength(100);
    expect(largeFacts.containers).toHaveLength(10_000);
    lintOnce(smallFacts); // warm up the JIT
    const small = best(smallFacts);
    const large = best(largeFacts);
    // Each id-<10c> is carried by no host: one finding each. Each missing-<c> matches no group but
    // sits beside nine identifiers that do, and is no near-miss of one: a spare identifier, no
    // finding (every identifier is still joined, which is what this measures).
    expect(small.findings).toBe(1_000);
    expect(large.findings).toBe(10_000);
    // Map lookups grow with the input, not with its square.
    expect(large.mapGets / small.mapGets).toBeLessThan(12);
    // Linear is ~10x; quadratic would be ~100x.
    expect(large.ms / small.ms).toBeLessThan(40);
    expect(large.ms).toBeLessThan(5_000);
    console.log(`join scale: 10k ${small.ms.toFixed(0)} ms, 100k ${large.ms.toFixed(0)} ms, Map.get ${small.mapGets} → ${large.mapGets}`);
  });
});
