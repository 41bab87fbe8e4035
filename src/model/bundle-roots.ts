/**
 * Which bundle a file belongs to. A bundle is what lands on one host: the agent's files are kept
 * in the repo under a folder that mirrors the host (`hosts/web/etc/ilogtail/user_defined_id`,
 * `hosts/web/usr/local/ilogtail/ilogtail_config.json`), so stripping the agent's own install
 * paths from a file's folder gives the host's root (`hosts/web`). Files in one folder share a
 * root. A `hosts[]` declaration in `.logtail-lint.json` names roots explicitly: the deepest
 * declared folder at or above a file's stripped root wins.
 *
 * Install paths (docs/reference/agent-config.md §1.1, §3, §4, §5; docs/reference/sls-regions-and-iac.md B.2, C.7):
 * `/etc/ilogtail` (users/, user_defined_id), `/etc/ilogtail/conf/<install-param>/` (container
 * configs via ALIYUN_LOGTAIL_CONFIG), `/usr/local/ilogtail` (ilogtail_config.json,
 * app_info.json), `C:\LogtailData`, `C:\Program Files[ (x86)]\Alibaba\Logtail`, and
 * LoongCollector's `conf/` (user_defined_id, instance_config/local/*.json).
 */
import path from 'node:path';
import type { DeclaredHost } from '../config/types.js';
import { globToRegExp, normalizeRelDir, selfAndAncestors } from './globs.js';

const INSTALL_TAILS: readonly RegExp[] = [
  /(?:^|\/)etc\/ilogtail\/conf\/[^/]+$/,
  /(?:^|\/)(?:etc\/|usr\/local\/)?ilogtail(?:\/conf\/[^/]+)?$/,
  /(?:^|\/)(?:usr\/local\/|etc\/)?loongcollector(?:\/conf(?:\/instance_config\/local)?)?$/,
  /(?:^|\/)conf\/instance_config\/local$/,
  /(?:^|\/)logtaildata$/i,
  /(?:^|\/)program files(?: \(x86\))?\/alibaba\/logtail$/i,
  // LoongCollector keeps user_defined_id in `conf/` beside `conf/instance_config/local/`
  // (docs/reference/agent-config.md §4). Only folders holding agent files are ever stripped.
  /(?:^|\/)conf$/,
];

/** A folder with the agent's install paths stripped from its end. */
export function stripInstallPath(dir: string): string {
  let d = dir;
  for (let changed = true; changed && d !== ''; ) {
    changed = false;
    for (const re of INSTALL_TAILS) {
      const m = re.exec(d);
      if (m) {
        d = d.slice(0, m.index);
        changed = true;
        break;
      }
    }
  }
  return d;
}

export const folderOf = (file: string): string => normalizeRelDir(path.posix.dirname(file));

export interface DeclaredMatch {
  root: string;
  host: DeclaredHost;
  index: number;
}

/**
 * Compiles `hosts[].path` (relative to the config's folder) into matchers of cwd-relative
 * folders. Returns the deepest declared folder at or above `dir`, or undefined.
 */
export function declaredHostMatcher(hosts: readonly DeclaredHost[], cwd: string, baseDir: string): (dir: string) => DeclaredMatch | undefined {
  if (hosts.length === 0) return () => undefined;
  const compiled = hosts.map((host, index) => ({ host, index, re: globToRegExp(normalizeRelDir(host.path)) }));
  // Bundle folders are cwd-relative; declarations are relative to the config's folder, which may
  // be above cwd (a run from a subfolder), so each folder is re-expressed from there.
  const fromBase = (dir: string) => path.relative(baseDir, path.resolve(cwd, dir)).split(path.sep).join('/');
  const cache = new Map<string, DeclaredMatch | undefined>();
  return (dir) => {
    if (cache.has(dir)) return cache.get(dir);
    let found: DeclaredMatch | undefined;
    for (const d of selfAndAncestors(dir)) {
      const b = fromBase(d);
      if (b.startsWith('..') || path.isAbsolute(b)) continue;
      const hit = compiled.find((c) => c.re.test(normalizeRelDir(b)));
      if (hit) {
        found = { root: d, host: hit.host, index: hit.index };
        break;
      }
    }
    cache.set(dir, found);
    return found;
  };
}
