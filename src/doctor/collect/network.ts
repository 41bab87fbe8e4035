/**
 * Step 4's probes: `GET /` to each endpoint the host's config names, with Node's own HTTP client
 * (doctor-live-host.md §2.6, §7.4). Every probe runs at once with its own deadline; each records
 * its phases (DNS, TCP connect, TLS, first byte) the way filebeat's `test output` and Datadog's
 * httptrace do, so a failure says which phase and which port. A probe never judges: whether the
 * answer is SLS's (`x-log-requestid`, or SLS's JSON error body) is recorded as evidence.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { rootCertificates } from 'node:tls';
import type { EndpointTarget, ProbePhase, ProbeResult } from '../../facts/host-runtime.js';
import { VERSION } from '../../core/version.js';
import { UnmappedConnectionError, type Router } from '../net/connect-to.js';

export interface ProbeOptions {
  router: Router;
  timeoutMs: number;
  /** Extra CA certificates (PEM) to trust beside Node's bundled roots (`--ca`). */
  ca?: string;
  /** Host clock (injectable for units). */
  now?: () => number;
}

const BODY_LIMIT = 4096;

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const isTlsError = (code: string) => /^(ERR_SSL|ERR_TLS|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL|EPROTO)/.test(code);

/** Probe every target at once; resolves when the last one answered or timed out. */
export async function probeAll(targets: readonly EndpointTarget[], options: ProbeOptions): Promise<ProbeResult[]> {
  return Promise.all(targets.map((t) => probe(t, options)));
}

export function probe(target: EndpointTarget, options: ProbeOptions): Promise<ProbeResult> {
  const now = options.now ?? Date.now;
  const route = options.router.route(target.host, target.port); // throws under the hermetic guard
  const start = performance.now();
  const sentAtStart = now();
  const since = () => Math.round((performance.now() - start) * 10) / 10;
  const timings: { dns?: number; connect?: number; tls?: number; firstByte?: number; total: number } = { total: 0 };
  let phase: ProbePhase = 'dns';
  let address: string | undefined = isIP(route.host) ? route.host : undefined;
  let sentAt = sentAtStart;

  return new Promise<ProbeResult>((resolve) => {
    let done = false;
    const finish = (r: Omit<ProbeResult, 'target' | 'timings' | 'sentAt' | 'address' | 'via'>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      timings.total = since();
      resolve({ target, ...(address ? { address: `${address}:${route.port}` } : {}), via: route.via, sentAt, timings, ...r });
    };
    // A mapped name is never resolved: the lookup answers with the --connect-to target.
    const lookup =
      route.via === 'connect-to' && isIP(route.host) !== 0
        ? (_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
            const family = isIP(route.host);
            if (opts?.all) cb(null, [{ address: route.host, family }]);
            else cb(null, route.host, family);
          }
        : undefined;
    const agentOptions = { keepAlive: false, maxSockets: 1 };
    const reqOptions: https.RequestOptions = {
      // host is what the Host header, SNI and the certificate check use; the socket goes to the route.
      host: route.via === 'connect-to' && lookup ? target.host : route.host,
      port: route.port,
      path: '/',
      method: 'GET',
      headers: { Host: target.port === (target.tls ? 443 : 80) ? target.host : `${target.host}:${target.port}`, 'User-Agent': `logtail-lint-doctor/${VERSION}`, Connection: 'close' },
      ...(lookup ? { lookup: lookup as never } : {}),
    };
    if (target.tls) {
      reqOptions.servername = target.host;
      if (options.ca) reqOptions.ca = [...rootCertificates, options.ca];
    }
    let req: http.ClientRequest;
    try {
      req = target.tls ? https.request({ ...reqOptions, agent: new https.Agent(agentOptions) }) : http.request({ ...reqOptions, agent: new http.Agent(agentOptions) });
    } catch (err) {
      finish({ answered: false, failedAt: 'dns', timedOut: false, error: { code: (err as NodeJS.ErrnoException).code ?? 'ERR', message: (err as Error).message } });
      return;
    }
    const timer = setTimeout(() => {
      finish({ answered: false, failedAt: phase, timedOut: true, error: { code: 'ETIMEDOUT', message: `no ${phaseWord(phase)} within ${options.timeoutMs} ms` } });
      req.destroy();
    }, options.timeoutMs);
    req.on('socket', (socket: Socket) => {
      socket.on('lookup', (err, addr) => {
        if (!err) {
          timings.dns = since();
          address = String(addr);
          phase = 'connect';
        }
      });
      if (address !== undefined && lookup === undefined) phase = 'connect'; // an IP literal: no lookup
      socket.on('connect', () => {
        timings.connect = since();
        if (timings.dns === undefined) timings.dns = 0;
        phase = target.tls ? 'tls' : 'http';
        if (!target.tls) sentAt = now();
      });
      socket.on('secureConnect', () => {
        timings.tls = since();
        phase = 'http';
        sentAt = now();
      });
    });
    req.on('response', (res) => {
      timings.firstByte = since();
      const receivedAt = now();
      const chunks: Buffer[] = [];
      let size = 0;
      const end = () => {
        const body = Buffer.concat(chunks).toString('utf8').slice(0, BODY_LIMIT);
        const header = (name: string) => {
          const v = res.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        const requestId = header('x-log-requestid');
        const errorCode = slsErrorCode(body);
        const xLogTime = header('x-log-time');
        finish({
          answered: true,
          timedOut: false,
          status: res.statusCode,
          ...(requestId ? { slsEvidence: 'x-log-requestid' as const, requestId } : errorCode ? { slsEvidence: 'sls-error-body' as const } : {}),
          ...(errorCode ? { errorCode } : {}),
          ...(header('server') ? { server: header('server') } : {}),
          ...(!requestId && !errorCode && body ? { bodySample: body.slice(0, 120).replace(/\s+/g, ' ') } : {}),
          ...(header('date') ? { date: header('date') } : {}),
          ...(xLogTime && /^\d+$/.test(xLogTime) ? { xLogTime: Number(xLogTime) } : {}),
          receivedAt,
        });
        res.destroy();
      };
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        size += c.length;
        if (size >= BODY_LIMIT) end();
      });
      res.on('end', end);
      res.on('error', end);
      res.on('close', end);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? 'ERR';
      const failedAt: ProbePhase = DNS_CODES.has(code) ? 'dns' : isTlsError(code) ? 'tls' : phase === 'dns' && code !== 'ECONNREFUSED' ? 'dns' : phase === 'dns' ? 'connect' : phase;
      finish({ answered: false, failedAt, timedOut: false, error: { code, message: shortError(err.message) } });
    });
    req.end();
  });
}

/** OpenSSL's messages carry a source path and a trailing newline: keep the reason (`wrong version number`). */
export function shortError(message: string): string {
  const ssl = /SSL routines:[^:]*:([^:\n]+)/.exec(message);
  return ssl ? ssl[1].trim() : message.split('\n')[0].trim();
}

const phaseWord = (p: ProbePhase): string => ({ dns: 'DNS answer', connect: 'TCP connection', tls: 'TLS handshake', http: 'HTTP answer' })[p];

/** SLS's error code from its JSON error body: `{"Error":{"Code":…}}` (GET / on an endpoint) or `{"errorCode":…}` (the API). */
export function slsErrorCode(body: string): string | undefined {
  const t = body.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    const j = JSON.parse(t) as { Error?: { Code?: unknown }; errorCode?: unknown };
    const code = j.Error?.Code ?? j.errorCode;
    return typeof code === 'string' && code !== '' ? code : undefined;
  } catch {
    return undefined;
  }
}

export { UnmappedConnectionError };
