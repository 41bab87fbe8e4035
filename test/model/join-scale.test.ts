/**
 * The joins stay linear: 100k host identifiers against 100k group identifiers. A sanity guard
 * only (best of three timings, a generous ratio bound); the real benchmark lives in bench/.
 */
import { describe, expect, it } from 'vitest';
import { type ContainerFact, type MachineGroupFact } from '../../src/facts/index.js';
import { known } from '../../src/core/value.js';
import { hostRules } from '../../src/rules/host/index.js';
import type { Range } from '../../src/core/diagnostic.js';
import { fleetOf, runRule } from './fixtures.js';

const R: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

/**
 * `n` identifiers in 100 userdefined groups of one region, and `n` carried by `n / 10`
 * containers (10 each) talking to that region; one in ten host identifiers matches no group.
 */
function scene(n: number) {
  const groups: MachineGroupFact[] = [];
  const perGroup = n / 100;
  for (let g = 0; g < 100; g++) {
    const ids = Array.from({ length: perGroup }, (_, i) => known(`id-${g * perGroup + i}`, R));
    groups.push({
      file: 'plan.json',
      format: 'terraform-plan',
      address: `alicloud_log_machine_group.g${g}`,
      project: known('p', R),
      name: known(`g${g}`, R),
      identifyType: known('userdefined', R),
      identifiers: known(ids, R),
      region: known('cn-hangzhou', R),
      publicIpSources: [],
      range: R,
    });
  }
  const containers: ContainerFact[] = [];
  for (let c = 0; c < n / 10; c++) {
    const ids = Array.from({ length: 10 }, (_, i) => (i === 0 ? `missing-${c}` : `id-${c * 10 + i}`)).join(',');
    containers.push({
      file: 'k8s/ds.yaml',
      workload: `DaemonSet/ds-${c}`,
      container: 'logtail',
      configPath: known('/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json', R),
      userDefinedId: known(ids, R),
      range: R,
    });
  }
  return { machineGroups: groups, containers };
}

function lintOnce(n: number): { ms: number; findings: number; mapGets: number } {
  const facts = scene(n);
  const get = Map.prototype.get;
  let mapGets = 0;
  Map.prototype.get = function (this: Map<unknown, unknown>, k: unknown) {
    mapGets++;
    return get.call(this, k);
  };
  const t0 = performance.now();
  let findings = 0;
  try {
    const fleet = fleetOf(facts);
    for (const rule of hostRules) findings += runRule(rule, fleet).length;
  } finally {
    Map.prototype.get = get;
  }
  return { ms: performance.now() - t0, findings, mapGets };
}

const best = (n: number) => {
  const runs = [lintOnce(n), lintOnce(n), lintOnce(n)];
  return { ...runs[0], ms: Math.min(...runs.map((r) => r.ms)) };
};

describe('join scale', () => {
  it('100k identifiers join in linear time', () => {
    lintOnce(10_000); // warm up the JIT
    const small = best(10_000);
    const large = best(100_000);
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
