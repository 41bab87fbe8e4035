import { parseInstallParam, type InstallParam } from '../../knowledge/endpoints.js';
import type { InstallCommandFact } from '../../facts/index.js';
import type { Known } from '../../core/value.js';
import type { Fleet } from '../../model/fleet.js';
import { offsetsOf, sourceOf } from '../shared/util.js';

export interface ReadParam {
  /** Where the parameter is written. */
  file: string;
  /** How messages show it: `./logtail.sh install cn-hangzhou`, or the container's config path. */
  shown: string;
  /** The install command; undefined for a container's `ALIYUN_LOGTAIL_CONFIG` path. */
  fact?: InstallCommandFact;
  /** The parameter as written. */
  param: Known<string>;
  /** As the installer reads it; undefined when the text cannot be a parameter. */
  parsed?: InstallParam;
  /** Region before the installer's own mapping (finance and corp forms): `normalized` minus the network suffix. */
  writtenRegion?: string;
}

/**
 * Install parameters the repo states (an expression is never judged): those of install commands,
 * and the `<param>` folder of a container's `ALIYUN_LOGTAIL_CONFIG` path
 * (`/etc/ilogtail/conf/<param>/ilogtail_config.json`, from which the agent's config is made:
 * shared reference B.1, C.7).
 */
export function knownParams(fleet: Fleet): ReadParam[] {
  const out: ReadParam[] = [];
  for (const fact of fleet.facts.installCommands) {
    const p = fact.param;
    if (!p.known || typeof p.value !== 'string') continue;
    const parsed = parseInstallParam(p.value);
    out.push({ file: fact.file, shown: `${commandOf(fact)} ${p.value}`, fact, param: p, parsed, writtenRegion: parsed ? stripSuffix(parsed) : undefined });
  }
  for (const c of fleet.facts.containers) {
    const path = c.configPath;
    const m = path?.known ? CONFIG_PATH.exec(path.value) : null;
    if (!path?.known || !m) continue;
    const parsed = parseInstallParam(m[1]);
    if (!parsed) continue; // a folder that is no install parameter: another layout, not judged
    const param = segmentValue(fleet, c.file, path, m[1]);
    out.push({ file: c.file, shown: `ALIYUN_LOGTAIL_CONFIG ${path.value}`, param, parsed, writtenRegion: stripSuffix(parsed) });
  }
  return out;
}

const CONFIG_PATH = /\/ilogtail\/conf\/([^/]+)\/ilogtail_config\.json$/;

/** The `<param>` folder of a config path as a value of its own, at its exact place when found. */
function segmentValue(fleet: Fleet, file: string, path: Known<string>, segment: string): Known<string> {
  const source = sourceOf(fleet, file);
  if (source) {
    const [from, to] = offsetsOf(source, path.range);
    const at = source.text.slice(from, to).indexOf(`/conf/${segment}/`);
    if (at !== -1) return { known: true, value: segment, range: source.rangeOf(from + at + 6, segment.length), pointer: path.pointer };
  }
  return { ...path, value: segment };
}

function stripSuffix(p: InstallParam): string {
  for (const s of ['-internet', '-acceleration', '-inner', '-internal']) {
    if (p.normalized.endsWith(s) && p.normalized.length > s.length) return p.normalized.slice(0, -s.length);
  }
  return p.normalized;
}

/** `./logtail.sh install`, `.\logtail_installer.exe install`: how the command is written. */
export function commandOf(fact: InstallCommandFact): string {
  return fact.tool === 'logtail_installer.exe' ? '.\\logtail_installer.exe install' : `./${fact.tool} install`;
}

/** The offsets of the single occurrence of `needle` in `text[from, to)`, or undefined when absent or repeated. */
export function findOnce(text: string, needle: RegExp, from: number, to: number): [number, number] | undefined {
  const slice = text.slice(from, to);
  const flags = needle.flags.includes('g') ? needle.flags : needle.flags + 'g';
  const hits = [...slice.matchAll(new RegExp(needle.source, flags))];
  if (hits.length !== 1) return undefined;
  const start = from + hits[0].index!;
  return [start, start + hits[0][0].length];
}
