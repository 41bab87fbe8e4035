/**
 * How the doctor names what it found on the host: `host:` and the path on the host
 * (`host:/usr/local/ilogtail/ilogtail_config.json`, `host:C:/Program Files/Alibaba/Logtail/…`).
 * One prefix in every mode, so scripts can rely on the names, and a repository given with
 * `--repo` (whose files keep their repo-relative paths) can never collide with them.
 */
import path from 'node:path';

export const HOST_PREFIX = 'host:';

/** The fleet bundle all host files land in (the model strips install paths down to the prefix). */
export const HOST_BUNDLE = HOST_PREFIX;

/** `/usr/local/ilogtail` → `host:/usr/local/ilogtail`. */
export const hostPath = (onHost: string): string => `${HOST_PREFIX}${onHost.startsWith('/') || /^[A-Za-z]:/.test(onHost) ? '' : '/'}${onHost}`;

/** The path on the host of a `host:` path (`host:/etc/x` → `/etc/x`). */
export const onHost = (p: string): string => (p.startsWith(HOST_PREFIX) ? p.slice(HOST_PREFIX.length) : p);

/** Where a host path is under the root on this machine. Windows host paths are `C:/…`, kept under `<root>/` without the drive. */
export function localPath(root: string, hostAbs: string): string {
  const rel = hostAbs.replace(/^[A-Za-z]:/, '').replace(/^\/+/, '');
  return path.join(root, ...rel.split('/'));
}
