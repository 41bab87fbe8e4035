import { parseInstallParam, type InstallParam } from '../../knowledge/endpoints.js';
import type { InstallCommandFact, Known } from '../../model/facts.js';
import type { Fleet } from '../../model/fleet.js';

export interface ReadParam {
  fact: InstallCommandFact;
  /** The parameter as written. */
  param: Known<string>;
  /** As the installer reads it; undefined when the text cannot be a parameter. */
  parsed?: InstallParam;
  /** Region before the installer's own mapping (finance and corp forms): `normalized` minus the network suffix. */
  writtenRegion?: string;
}

/** Install commands whose parameter the repo states (an expression is never judged). */
export function knownParams(fleet: Fleet): ReadParam[] {
  const out: ReadParam[] = [];
  for (const fact of fleet.facts.installCommands) {
    const p = fact.param;
    if (!p.known || typeof p.value !== 'string') continue;
    const parsed = parseInstallParam(p.value);
    out.push({ fact, param: p, parsed, writtenRegion: parsed ? stripSuffix(parsed) : undefined });
  }
  return out;
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
