import { didYouMean } from '../../knowledge/did-you-mean.js';
import { ENV_ONLY_VARS, ENV_TO_KEY, KNOWN_KEYS } from '../../knowledge/agent-keys.js';
import { jsonPointer } from '../../core/pointer.js';
import { propertiesOf, type PropertyEntry } from '../../core/json-tree.js';
import { defineRule } from '../types.js';
import { nodeRange, rangeOf } from './util.js';

/** Past this many unknown keys in one file, the rest are summed up in one finding. */
const MAX_PER_FILE = 100;

/** Lower-cased known key → the key as the agent spells it. */
let lowerKeys: Map<string, string> | undefined;

export default defineRule({
  id: 'config/unknown-key',
  severity: 'warning',
  scope: 'file',
  description: 'A top-level key that is neither a key the agent reads nor one of its gflags (a typo, most likely)',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      let count = 0;
      let firstExtra: { offset: number } | undefined;
      for (const p of fact.properties) {
        // `$schema` points editors at schemas/ilogtail_config.schema.json; the agent ignores it.
        if (KNOWN_KEYS.has(p.key) || p.key === '$schema') continue;
        // A nested object: LoongCollector sets one flag per leaf, named by the path joined with `_`.
        const leaves = p.valueNode?.type === 'object' ? flagLeaves(p, [p.key]) : [];
        const unknownLeaves = leaves.filter((l) => !KNOWN_KEYS.has(l.path.join('_')));
        if (leaves.length > 0 && unknownLeaves.length === 0) continue;
        for (const u of leaves.length > 0 ? unknownLeaves : [{ path: [p.key], entry: p }]) {
          if (++count > MAX_PER_FILE) {
            firstExtra ??= u.entry.keyNode;
            continue;
          }
          const message = u.path.length > 1 ? explainNested(u.path) : explain(p.key);
          report({ file: fact.file, range: nodeRange(fact, u.entry.keyNode), pointer: jsonPointer(u.path), message });
        }
      }
      if (firstExtra) {
        report({
          file: fact.file,
          range: rangeOf(fact, firstExtra.offset, firstExtra.offset),
          message: `${count - MAX_PER_FILE} more unknown keys from here on (${count} in all): this does not look like an agent config, whose keys the agent hands to gflags and otherwise ignores. Check that the file is meant to be ilogtail_config.json.`,
        });
      }
    }
  },
});

/** Each non-object value under `p`, with its key path (what `RecurseParseJsonToFlags` turns into one flag). */
function flagLeaves(p: PropertyEntry, path: string[], depth = 0): Array<{ path: string[]; entry: PropertyEntry }> {
  if (p.valueNode?.type !== 'object' || depth > 32) return [{ path, entry: p }];
  return propertiesOf(p.valueNode).flatMap((c) => flagLeaves(c, [...path, c.key], depth + 1));
}

function explainNested(path: string[]): string {
  const flag = path.join('_');
  const suggestion = didYouMean(flag, KNOWN_KEYS);
  return (
    `${JSON.stringify(path.join('.'))} becomes the flag "${flag}" (LoongCollector joins nested keys with "_"), and no flag or config key has that name, so it is ignored.` +
    (suggestion ? ` Did you mean "${suggestion}"?` : " Check the spelling against the agent's flags; builds older than LoongCollector ignore nested objects altogether.")
  );
}

function explain(key: string): string {
  const shown = JSON.stringify(key);
  const envKey = ENV_TO_KEY[key];
  if (envKey) {
    return `${shown} is the name of an environment variable, not a key of this file, so the agent ignores it here. Write "${envKey}" instead.`;
  }
  if (ENV_ONLY_VARS.includes(key)) {
    return `${shown} is an environment variable the agent reads from its environment, not from this file, so it has no effect here. Set it in the agent's environment (systemd unit, container env) and remove it from the file.`;
  }
  lowerKeys ??= new Map([...KNOWN_KEYS].map((k) => [k.toLowerCase(), k]));
  const suggestion = lowerKeys.get(key.toLowerCase()) ?? didYouMean(key, KNOWN_KEYS) ?? didYouMean(key.toLowerCase(), KNOWN_KEYS);
  const base = `Unknown key ${shown}: the agent hands every top-level key to gflags, and no flag or config key has this name, so it is ignored (with only a DEBUG log line).`;
  if (suggestion) return `${base} Did you mean "${suggestion}"?`;
  if (!/[A-Za-z]/.test(key)) return `${base} It looks like a placeholder copied from documentation: delete it.`;
  return `${base} Check the spelling against the agent's keys; enterprise builds have flags the open-source list lacks, so remove it only if you know it does nothing.`;
}
