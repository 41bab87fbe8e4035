/** `logtail-lint doctor [options]`: the doctor's own options (doctor-live-host.md §7.1, issue 8). */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, normalizeSeverity } from '../config/load.js';
import type { SeveritySetting } from '../core/diagnostic.js';
import { FAIL_LEVELS, pairOutputs, type FailLevel, type OutputTarget } from '../cli/args.js';
import type { HostOs } from '../facts/host-runtime.js';
import { parseConnectTo, type ConnectToRule } from './net/connect-to.js';

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_HEARTBEAT_MAX_AGE_SEC = 180;

export interface DoctorCliOptions {
  help: boolean;
  root: string;
  repo?: string;
  offline: boolean;
  projects: string[];
  cloud: boolean;
  cloudEndpoint?: string;
  timeoutMs: number;
  connectTo: ConnectToRule[];
  ecsRegion?: string;
  notEcs: boolean;
  ecsMetadata?: boolean;
  os?: HostOs;
  outputs: OutputTarget[];
  failOn: FailLevel;
  heartbeatMaxAgeSec: number;
  ca?: string;
  verbose: boolean;
  rules: Record<string, SeveritySetting>;
  color?: boolean;
  debug: boolean;
}

const OPTIONS = {
  root: { type: 'string' },
  repo: { type: 'string' },
  offline: { type: 'boolean' },
  project: { type: 'string', multiple: true },
  cloud: { type: 'boolean' },
  'cloud-endpoint': { type: 'string' },
  timeout: { type: 'string' },
  'connect-to': { type: 'string', multiple: true },
  'ecs-region': { type: 'string' },
  'no-ecs': { type: 'boolean' },
  'ecs-metadata': { type: 'boolean' },
  'no-ecs-metadata': { type: 'boolean' },
  os: { type: 'string' },
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  'fail-on': { type: 'string' },
  'heartbeat-max-age': { type: 'string' },
  ca: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  rule: { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseDoctorArgs(argv: string[], cwd: string): DoctorCliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true, tokens: true });
  } catch (err) {
    const first = (err as Error).message.split('\n')[0].replace(/\.$/, '');
    throw new UsageError(`${first}. Run \`logtail-lint doctor --help\` for usage.`);
  }
  const v = parsed.values;
  const int = (flag: string, s: string | undefined, dflt: number) => {
    if (s === undefined) return dflt;
    if (!/^\d+$/.test(s) || Number(s) === 0) throw new UsageError(`${flag} expects a whole number above 0, got "${s}".`);
    return Number(s);
  };
  if (v.os !== undefined && v.os !== 'linux' && v.os !== 'windows') throw new UsageError(`--os must be linux or windows; got "${v.os}".`);
  if (v['ecs-region'] !== undefined && !/^[a-z]{2}(-[a-z0-9]+)+$/.test(v['ecs-region'])) throw new UsageError(`--ecs-region expects a region ID such as cn-hangzhou, got "${v['ecs-region']}".`);
  if (v['ecs-region'] && v['no-ecs']) throw new UsageError('--ecs-region says the host is ECS, --no-ecs says it is not: give one.');
  const badProject = (v.project ?? []).find((p) => !/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(p));
  if (badProject !== undefined) throw new UsageError(`--project "${badProject}" is not an SLS project name (3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit).`);
  if (v.cloud && v.offline) throw new UsageError('--cloud asks SLS over the network, which --offline forbids: give one.');
  const failOn = v['fail-on'] ?? 'error';
  if (!(FAIL_LEVELS as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}; got "${failOn}".`);
  let ca: string | undefined;
  if (v.ca !== undefined) {
    try {
      ca = readFileSync(path.resolve(cwd, v.ca), 'utf8');
    } catch (err) {
      throw new UsageError(`--ca ${v.ca} cannot be read (${(err as NodeJS.ErrnoException).code ?? err}).`);
    }
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const flag of v.rule ?? []) {
    const eq = flag.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects ID=off|info|warn|error, got "${flag}".`);
    rules[flag.slice(0, eq).trim()] = normalizeSeverity(flag.slice(eq + 1).trim());
  }
  return {
    help: v.help ?? false,
    root: path.resolve(cwd, v.root ?? '/'),
    ...(v.repo !== undefined ? { repo: v.repo } : {}),
    offline: v.offline ?? false,
    projects: v.project ?? [],
    cloud: v.cloud ?? false,
    ...(v['cloud-endpoint'] !== undefined ? { cloudEndpoint: v['cloud-endpoint'] } : {}),
    timeoutMs: int('--timeout', v.timeout, DEFAULT_TIMEOUT_MS),
    connectTo: (v['connect-to'] ?? []).map(parseConnectTo),
    ...(v['ecs-region'] !== undefined ? { ecsRegion: v['ecs-region'] } : {}),
    notEcs: v['no-ecs'] ?? false,
    ...(v['ecs-metadata'] ? { ecsMetadata: true } : v['no-ecs-metadata'] ? { ecsMetadata: false } : {}),
    ...(v.os !== undefined ? { os: v.os as HostOs } : {}),
    outputs: pairOutputs(parsed.tokens ?? []),
    failOn: failOn as FailLevel,
    heartbeatMaxAgeSec: int('--heartbeat-max-age', v['heartbeat-max-age'], DEFAULT_HEARTBEAT_MAX_AGE_SEC),
    ...(ca !== undefined ? { ca } : {}),
    verbose: v.verbose ?? false,
    rules,
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    debug: v.debug ?? false,
  };
}

export const DOCTOR_HELP = `Usage: logtail-lint doctor [options]

Runs the eight checks of SLS's "troubleshoot machine-group heartbeat" checklist on a live host
(or a mounted host root): agent running, machine-group IP, startup parameters, network, clock,
account id, custom id, restart. Reads files and /proc only; executes nothing, writes nothing.

Host:
      --root <dir>             the host's file system (default /): a mount, a container's root,
                               a support bundle
      --os linux|windows       how to read the root (default: detected; Windows: no process checks)
      --repo <dir>             also lint this repository and join the host against its machine groups
      --project <name>         a project the host sends to (probe <project>.<endpoint>); repeatable

Network:
      --offline                files and processes only: no connection at all
      --timeout <ms>           per request (default ${DEFAULT_TIMEOUT_MS}); all probes run at once, and
                               the whole run ends within it when every endpoint hangs
      --connect-to <HOST:PORT:TARGET:TPORT>
                               connect to TARGET:TPORT for HOST:PORT (curl's --connect-to; HOST may
                               be a *.log.aliyuncs.com glob; TLS keeps the original name); repeatable
      --ca <file>              also trust these PEM certificates for HTTPS (a TLS-inspecting proxy)

ECS:
      --ecs-region <id>        the host is an ECS instance in this region
      --no-ecs                 the host is not an ECS instance
      --ecs-metadata           ask the ECS metadata service (100.100.100.200); default: only
                               with --root / (--no-ecs-metadata to turn it off there)

SLS (optional; needs ${'`'}npm install @alicloud/sls20201230 @alicloud/openapi-core @alicloud/credentials${'`'}):
      --cloud                  read the live machine groups and their machines' last heartbeat
                               (credentials: ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET[/SECURITY_TOKEN],
                               the ~/.alibabacloud/credentials profile, or the ECS RAM role)
      --cloud-endpoint <host>  the SLS API endpoint (default: the host's own region endpoint)
      --heartbeat-max-age <s>  a heartbeat older than this is stale (default ${DEFAULT_HEARTBEAT_MAX_AGE_SEC})

Output:
  -f, --format <name>          stylish (default), json (adds checks[]), sarif, github, junit
  -o, --output-file <file>     write the preceding --format to a file
      --fail-on <level>        exit 1 on findings at or above: error (default), warning, info, never
      --rule <id=severity>     set a rule to off, info, warn or error; repeatable
  -v, --verbose                the time each check took
      --color, --no-color      force colours on or off
      --debug                  stack traces for internal errors
  -h, --help                   print this help

Exit codes: 0 no finding at the threshold, 1 a failing check, 2 usage or internal error.
Docs: https://github.com/logtail-lint/logtail-lint/blob/main/docs/doctor.md
`;
