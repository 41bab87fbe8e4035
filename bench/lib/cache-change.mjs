/**
 * The one file the --cache bench changes: the first host's ilogtail_config.json (by name), moved
 * to another region (every mention of its cluster replaced), which changes that host's joins.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function oneHostMoved(repoDir) {
  const hostsDir = path.join(repoDir, 'hosts');
  const host = readdirSync(hostsDir)
    .sort()
    .find((h) => existsSync(path.join(hostsDir, h, 'usr/local/ilogtail/ilogtail_config.json')));
  const file = path.join(hostsDir, host, 'usr/local/ilogtail/ilogtail_config.json');
  const original = readFileSync(file, 'utf8');
  const region = /"cluster": "([^"]+)"/.exec(original)[1];
  const moved = original.replaceAll(region, region === 'cn-shanghai' ? 'cn-hangzhou' : 'cn-shanghai');
  return { file, original, moved };
}
