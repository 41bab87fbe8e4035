/** A small HTTP request through the --connect-to router (ECS metadata), with one deadline. */
import http from 'node:http';
import { isIP } from 'node:net';
import type { Router } from './connect-to.js';

export interface SimpleResponse {
  status: number;
  body: string;
}

export function simpleRequest(router: Router, req: { host: string; port: number; method: string; path: string; headers?: Record<string, string>; timeoutMs: number }): Promise<SimpleResponse> {
  const route = router.route(req.host, req.port);
  return new Promise((resolve, reject) => {
    const lookup =
      isIP(route.host) !== 0
        ? (_h: string, o: { all?: boolean }, cb: (...a: unknown[]) => void) => (o?.all ? cb(null, [{ address: route.host, family: isIP(route.host) }]) : cb(null, route.host, isIP(route.host)))
        : undefined;
    const r = http.request(
      {
        host: isIP(req.host) !== 0 ? route.host : req.host,
        port: route.port,
        method: req.method,
        path: req.path,
        headers: { Host: req.host, ...req.headers },
        agent: new http.Agent({ keepAlive: false }),
        ...(lookup ? { lookup: lookup as never } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 65536) });
        });
        res.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
      },
    );
    const timer = setTimeout(() => r.destroy(Object.assign(new Error(`no answer within ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' })), req.timeoutMs);
    r.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    r.end();
  });
}
