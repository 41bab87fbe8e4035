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
