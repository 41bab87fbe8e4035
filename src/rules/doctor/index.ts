import type { Rule } from '../types.js';
import agentNotRunning from './agent-not-running.js';
import duplicateAgents from './duplicate-agents.js';
import ipNotInGroup from './ip-not-in-group.js';
import endpointUnreachable from './endpoint-unreachable.js';
import endpointNotSls from './endpoint-not-sls.js';
import clockSkew from './clock-skew.js';
import clockDrift from './clock-drift.js';
import restartNeeded from './restart-needed.js';
import agentLogError from './agent-log-error.js';
import noHeartbeat from './no-heartbeat.js';

/**
 * Every rule that reads `fleet.host` (the doctor's runtime facts): the doctor/ rules and
 * host/missing-account-file (observed ECS identity). The doctor runs the other rules before its
 * probes and these after them; test/doctor/rules.test.ts checks that no other rule reads `fleet.host`.
 */
export const RUNTIME_RULE_IDS: ReadonlySet<string> = new Set([
  'doctor/agent-not-running',
  'doctor/duplicate-agents',
  'doctor/ip-not-in-group',
  'doctor/endpoint-unreachable',
  'doctor/endpoint-not-sls',
  'doctor/clock-skew',
  'doctor/clock-drift',
  'doctor/restart-needed',
  'doctor/agent-log-error',
  'doctor/no-heartbeat',
  'host/missing-account-file',
]);

/** Checks of a live host (`logtail-lint doctor`): they read `fleet.host` and do nothing on a plain lint. */
export const doctorRules: readonly Rule[] = [
  agentNotRunning,
  duplicateAgents,
  ipNotInGroup,
  endpointUnreachable,
  endpointNotSls,
  clockSkew,
  clockDrift,
  restartNeeded,
  agentLogError,
  noHeartbeat,
];
