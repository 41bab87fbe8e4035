/**
 * Rule tests of the doctor/ rules: a host root on disk (its real files go through the real
 * pipeline), runtime facts collected from it offline, then patched where a test needs a network
 * fact (a probe result, a clock estimate, a cloud view), so each rule is tested from a fixture
 * HostRuntime without a socket. One rule runs, as in test/rule-tester.ts.
 */
import { runPipeline } from '../../src/engine/pipeline.js';
import { runDoctor, type DoctorOptions } from '../../src/doctor/run.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { HostRuntime, ProbeResult, EndpointTarget } from '../../src/facts/host-runtime.js';
import { rulesById } from '../../src/rules/index.js';
import { writeTree, type Tree } from '../helpers.js';
import { makeHostRoot, type HostSpec } from './host-root.js';

export interface Case {
  host: HostSpec;
  repo?: Tree;
  options?: Partial<DoctorOptions>;
  patch?: (rt: HostRuntime) => HostRuntime;
}

/** The findings of one rule on a host (messages prefixed with `file:line`). */
export async function findingsOf(ruleId: string, c: Case): Promise<Diagnostic[]> {
  const base = await runDoctor({
    root: makeHostRoot(c.host),
    offline: true,
    projects: [],
    cloud: false,
    timeoutMs: 1000,
    connectTo: [],
    denyUnmapped: true,
    notEcs: false,
    heartbeatMaxAgeSec: 180,
    env: {},
    cwd: process.cwd(),
    ...(c.repo ? { repo: writeTree(c.repo) } : {}),
    ...c.options,
  });
  const runtime = c.patch ? c.patch(base.runtime) : base.runtime;
  const rule = rulesById.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const { fleet } = base;
  const r = await runPipeline({ cwd: base.cwd, config: base.config, files: base.pipeline.readFiles.map((f) => f.file), discoverProblems: fleet.discoverProblems, runtime, rules: [rule] });
  return r.diagnostics.filter((d) => d.file.startsWith('host:'));
}

export const where = (d: Diagnostic): string => `${d.file}:${d.range.start.line}:${d.range.start.column}`;

/** A probe answer as the network collector records it. */
export function probeOf(target: Partial<EndpointTarget> & { host: string }, result: Partial<ProbeResult>): ProbeResult {
  return {
    target: {
      role: 'config-server',
      url: `http://${target.host}/`,
      port: 80,
      tls: false,
      site: { file: 'host:/usr/local/ilogtail/ilogtail_config.json', pointer: '/config_server_address', field: 'config_server_address', range: { start: { line: 2, column: 28 }, end: { line: 2, column: 82 } } },
      ...target,
    },
    answered: true,
    timedOut: false,
    sentAt: 0,
    receivedAt: 10,
    timings: { dns: 1, connect: 2, firstByte: 5, total: 6 },
    ...result,
  };
}
