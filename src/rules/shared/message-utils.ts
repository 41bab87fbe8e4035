/**
 * How host/ and machine-group/ messages name things: groups, locations, where a bundle value
 * came from, and a did-you-mean with a budget. Wording lives with the rules, not in the model.
 */
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defaultMaxDistance, didYouMean } from '../../knowledge/did-you-mean.js';
import type { BundleValue, Fleet, GroupEntry, HostBundle, Located, MachineGroup } from '../../model/fleet.js';


/**
 * Did-you-mean with a budget of comparisons for one rule run: a suggestion is a nicety, and
 * 10k unmatched identifiers against 10k candidates must not cost 10^8 edit distances. Only
 * candidates within the edit budget in length are compared (lists are bucketed by length once).
 */
export function suggester(budget = 10_000): (input: string, candidates: readonly string[]) => string | undefined {
  let left = budget;
  const buckets = new WeakMap<readonly string[], Map<number, string[]>>();
  return (input, candidates) => {
    let byLength = buckets.get(candidates);
    if (!byLength) {
      byLength = new Map();
      for (const c of candidates) {
        const list = byLength.get(c.length);
        if (list) list.push(c);
        else byLength.set(c.length, [c]);
      }
      buckets.set(candidates, byLength);
    }
    const max = defaultMaxDistance(input);
    const lists: string[][] = [];
    let count = 0;
    for (let len = input.length - max; len <= input.length + max; len++) {
      const list = byLength.get(len);
      if (list) {
        lists.push(list);
        count += list.length;
      }
    }
    // Check the budget before touching the candidates: the cost must not depend on their number.
    if (count > left) return undefined;
    left -= count;
    return didYouMean(input, lists.flat(), max);
  };
}

/** `file:line` of a location. */
export const lineOf = (l: { file: string; range: Located['range'] }): string => `${l.file}:${l.range.start.line}`;

/** `machine group "web" of project "app-logs"` (parts the repo does not state are left out). */
export function describeGroup(g: MachineGroup): string {
  const name = g.name ? `machine group "${g.name.value}"` : `machine group ${g.fact.address}`;
  return g.projectName === undefined ? name : `${name} of project "${g.projectName}"`;
}

export function groupRelated(g: MachineGroup, message: string): RelatedLocation {
  return { file: g.file, range: (g.name ?? g).range, message };
}

export function entryRelated(e: GroupEntry, message: string): RelatedLocation {
  return { file: e.entry.file, range: e.entry.range, message };
}

export function valueRelated(v: Located, message: string): RelatedLocation {
  return { file: v.file, range: v.range, message };
}

/** What a bundle value is, for messages. */
export function describeSource(v: BundleValue): string {
  switch (v.source) {
    case 'user_defined_id':
      return 'user_defined_id line';
    case 'env':
      return v.variable ?? 'environment variable';
    case 'script':
      return 'script write';
    case 'agent-config':
      return v.pointer === undefined ? 'ilogtail_config.json value' : pointerPath(v.pointer);
    case 'container-config':
      return 'ALIYUN_LOGTAIL_CONFIG path';
    case 'install-command':
      return 'install parameter';
    case 'app_info':
      return 'app_info.json ip';
    case 'users':
      return 'users/ entry';
  }
}

/** At most `n` items, then `and N more`. */
export function firstFew<T>(items: readonly T[], n = 3): { shown: T[]; more: number } {
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/** `/data_server_list/0/cluster` → `data_server_list[0].cluster`. */
function pointerPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}

/**
 * When `name` (written as an account: a users/ entry) is a custom identifier that a userdefined
 * machine group lists, the sentence that says so: it belongs in user_defined_id. '' otherwise.
 */
export function identifierNotAccount(fleet: Fleet, name: string): string {
  const entry = fleet.index.groupsByIdentifier.get(name)?.find((e) => e.group.kind === 'userdefined');
  if (!entry) return '';
  return ` It is the custom identifier of ${describeGroup(entry.group)} (${lineOf(entry.entry)}): custom identifiers go in user_defined_id, one per line, not in users/.`;
}
