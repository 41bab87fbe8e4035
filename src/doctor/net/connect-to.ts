/**
 * `--connect-to HOST:PORT:TARGET:TARGET_PORT`, with curl's semantics (CURLOPT_CONNECT_TO): a
 * request for HOST:PORT connects to TARGET:TARGET_PORT instead, while the Host header, TLS SNI and
 * certificate check keep the original name. An empty HOST or PORT means any; an empty TARGET or
 * TARGET_PORT keeps the original. HOST may hold `*` globs (`*.log.aliyuncs.com`). A mapped name is
 * never looked up in DNS. First matching rule wins, as in curl.
 *
 * The hermetic guard: with LOGTAIL_LINT_DOCTOR_DENY_UNMAPPED=1 any connection (or DNS lookup) that
 * no rule maps is an internal error instead of a packet, so a test can never leak to the network.
 */
import { isIP } from 'node:net';
import { UsageError } from '../../config/load.js';

export interface ConnectToRule {
  /** As written, for messages. */
  readonly spec: string;
  readonly host: RegExp | undefined;
  readonly port: number | undefined;
  readonly target: string | undefined;
  readonly targetPort: number | undefined;
}

export const DENY_UNMAPPED_ENV = 'LOGTAIL_LINT_DOCTOR_DENY_UNMAPPED';

/** A connection the hermetic guard refused: a bug in the test or in the doctor, never a finding. */
export class UnmappedConnectionError extends Error {
  constructor(host: string, port: number) {
    super(`${DENY_UNMAPPED_ENV}=1 and no --connect-to maps ${host}:${port}: the doctor would have opened a real connection`);
    this.name = 'UnmappedConnectionError';
  }
}

/** Split on ':' outside `[...]` (IPv6 literals). */
function splitSpec(spec: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let bracket = false;
  for (const c of spec) {
    if (c === '[') bracket = true;
    if (c === ']') bracket = false;
    if (c === ':' && !bracket) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

const portOf = (spec: string, s: string): number | undefined => {
  if (s === '') return undefined;
  if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 65535) throw new UsageError(`--connect-to ${spec}: "${s}" is not a port (1-65535).`);
  return Number(s);
};

export function parseConnectTo(spec: string): ConnectToRule {
  const parts = splitSpec(spec);
  if (parts.length !== 4) throw new UsageError(`--connect-to expects HOST:PORT:TARGET:TARGET_PORT (curl's form; parts may be empty), got "${spec}".`);
  const [host, port, target, tport] = parts;
  const unbracket = (s: string) => s.replace(/^\[(.*)\]$/, '$1');
  return {
    spec,
    host: host === '' ? undefined : new RegExp(`^${unbracket(host).toLowerCase().replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
    port: portOf(spec, port),
    target: target === '' ? undefined : unbracket(target),
    targetPort: portOf(spec, tport),
  };
}

export interface Route {
  /** Where the socket goes: an address or a name. */
  readonly host: string;
  readonly port: number;
  readonly via: 'connect-to' | 'dns';
  readonly rule?: string;
}

export class Router {
  constructor(
    readonly rules: readonly ConnectToRule[],
    readonly denyUnmapped: boolean,
  ) {}

  /** The mapping rule of host:port, if any. */
  match(host: string, port: number): ConnectToRule | undefined {
    const h = host.toLowerCase();
    return this.rules.find((r) => (!r.host || r.host.test(h)) && (r.port === undefined || r.port === port));
  }

  /** Where a connection to host:port goes; throws UnmappedConnectionError under the guard. */
  route(host: string, port: number): Route {
    const r = this.match(host, port);
    if (r) {
      const target = r.target ?? host;
      // Under the guard a mapping to a name would still need DNS: only addresses are allowed there.
      if (this.denyUnmapped && isIP(target) === 0) throw new UnmappedConnectionError(target, r.targetPort ?? port);
      return { host: target, port: r.targetPort ?? port, via: 'connect-to', rule: r.spec };
    }
    if (this.denyUnmapped) throw new UnmappedConnectionError(host, port);
    return { host, port, via: 'dns' };
  }
}
