/**
 * Is the host an ECS instance, and of which account and region? Never guessed
 * (issue 8: "where unknown, say so"). In order: `--ecs-region` / `--no-ecs` (the operator says),
 * the metadata service when asked (`--ecs-metadata`, default on for the live root only:
 * doctor-live-host.md §2.7 — IMDSv2 token, then `latest/dynamic/instance-identity/document`, as
 * LoongCollector's EcsMetaData.cpp:131-160 does), then the Logtail 1.x status snapshot the agent
 * writes every minute (`ecs_instance_id:`, `ecs_user_id:`, `ecs_regioon_id:` [sic], 1.8
 * Monitor.cpp:203-317).
 */
import { readFileSync } from 'node:fs';
import type { AgentInstall, EcsIdentity } from '../../facts/host-runtime.js';
import type { Router } from '../net/connect-to.js';
import { UnmappedConnectionError } from '../net/connect-to.js';
import { simpleRequest } from '../net/request.js';
import { localPath, onHost } from './paths.js';

export const METADATA_HOST = '100.100.100.200';

export interface EcsOptions {
  /** Why the metadata service is not asked, when it would be by default (`--offline` on the live root). */
  probeSkipped?: string;
  ecsRegion?: string;
  notEcs?: boolean;
  probe: boolean;
  router: Router;
  timeoutMs: number;
}

export async function collectEcs(root: string, installs: readonly AgentInstall[], o: EcsOptions): Promise<EcsIdentity> {
  if (o.ecsRegion) return { known: true, ecs: true, source: '--ecs-region', regionId: o.ecsRegion };
  if (o.notEcs) return { known: true, ecs: false, source: '--no-ecs' };
  if (o.probe) return probeMetadata(o.router, o.timeoutMs);
  const snap = readSnapshot(root, installs);
  if (snap) return snap;
  return { known: false, reason: `${o.probeSkipped ?? 'no --ecs-region, --no-ecs or --ecs-metadata was given'}, and the agent left no status snapshot that says` };
}

async function probeMetadata(router: Router, timeoutMs: number): Promise<EcsIdentity> {
  const base = { host: METADATA_HOST, port: 80, timeoutMs };
  let token: string | undefined;
  try {
    const t = await simpleRequest(router, { ...base, method: 'PUT', path: '/latest/api/token', headers: { 'X-aliyun-ecs-metadata-token-ttl-seconds': '3600' } });
    if (t.status === 200 && t.body.trim() !== '') token = t.body.trim();
  } catch (err) {
    if (err instanceof UnmappedConnectionError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { known: true, ecs: false, source: `the ECS metadata service (${METADATA_HOST}) did not answer (${code})` };
  }
  try {
    const d = await simpleRequest(router, { ...base, method: 'GET', path: '/latest/dynamic/instance-identity/document', headers: token ? { 'X-aliyun-ecs-metadata-token': token } : {} });
    const doc = d.status === 200 ? (JSON.parse(d.body) as Record<string, unknown>) : undefined;
    if (!doc || typeof doc['instance-id'] !== 'string') return { known: false, reason: `the ECS metadata service answered ${d.status} without an instance identity document` };
    const str = (k: string) => (typeof doc[k] === 'string' && doc[k] !== '' ? (doc[k] as string) : undefined);
    return {
      known: true,
      ecs: true,
      source: `the ECS metadata service (${METADATA_HOST})`,
      instanceId: str('instance-id'),
      ...(str('region-id') ? { regionId: str('region-id') } : {}),
      ...(str('owner-account-id') ? { ownerAccountId: str('owner-account-id') } : {}),
      ...(str('private-ipv4') ? { privateIp: str('private-ipv4') } : {}),
    };
  } catch (err) {
    if (err instanceof UnmappedConnectionError) throw err;
    return { known: false, reason: `the ECS metadata document could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
}

/** The last `####logtail status####` block of `snapshot/ilogtail_status.LOG` (Logtail 1.x only). */
function readSnapshot(root: string, installs: readonly AgentInstall[]): EcsIdentity | undefined {
  for (const inst of installs) {
    const file = `${onHost(inst.dir)}/snapshot/ilogtail_status.LOG`;
    let text: string;
    try {
      text = readFileSync(localPath(root, file), 'utf8');
    } catch {
      continue;
    }
    const block = text.slice(text.lastIndexOf('####logtail status####'));
    const field = (re: RegExp) => re.exec(block)?.[1] ?? '';
    const instanceId = field(/ecs_instance_id:(\S*)/);
    const owner = field(/ecs_user_id:(\S*)/);
    const region = field(/ecs_regio+n_id:(\S*)/);
    if (!/ecs_instance_id:/.test(block)) continue;
    const source = `the agent's status snapshot (host:${file})`;
    if (instanceId === '') return { known: true, ecs: false, source };
    return { known: true, ecs: true, source, instanceId, ...(region ? { regionId: region } : {}), ...(owner ? { ownerAccountId: owner } : {}) };
  }
  return undefined;
}
