import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FileKind } from '../../src/core/source-file.js';
import { readFacts } from '../../src/engine/read.js';
import { textFile } from './util.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url), 'utf8');

const CASES: Array<[string, FileKind, string]> = [
  ['tf/main.tf', 'terraform', fixture('tf/main.tf')],
  ['main.tf.json', 'terraform-json', fixture('main.tf.json')],
  ['plan.json', 'json', fixture('plan.json')],
  ['ros.json', 'json', fixture('ros-machine-group.json')],
  ['ros.yaml', 'yaml', fixture('ros-machine-group.yaml')],
  ['sls.json', 'json', fixture('sls-api-group.json')],
  ['cli.json', 'json', fixture('aliyunlog-groups.json')],
  ['ds.yaml', 'yaml', fixture('logtail-ds.yaml')],
  ['ci.yaml', 'yaml', fixture('cloud-config.yaml')],
  ['install.sh', 'script', fixture('install.sh')],
  ['app_info.json', 'app-info', '{"ip": "10.0.0.1", "hostname": "h", "logtail_version": "1.8.7"}'],
  ['user_defined_id', 'user-defined-id', 'a\r\n b \n\n'],
];

/** A deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = ['{', '}', '[', ']', '"', "'", '\\', '$', '${', '{{', '}}', '%{', '<<EOF', '\n', '\r\n', ':', '- ', ',', '#', '`', '$(', ')', '&', '!Ref ', '\uFEFF', '😀', '\t', '*a', '&a '];

async function readAll(path: string, kind: FileKind, text: string) {
  const { facts, readerFailures } = await readFacts([textFile(path, text, kind)]);
  if (readerFailures.length > 0) throw readerFailures[0].error;
  return facts;
}

describe('readers never throw', () => {
  for (const [path, kind, text] of CASES) {
    it(`${path}: every truncation and random damage`, async () => {
      const step = Math.max(1, Math.floor(text.length / 60));
      for (let cut = 0; cut <= text.length; cut += step) await readAll(path, kind, text.slice(0, cut));
      const random = rng(path.length * 7919);
      for (let round = 0; round < 60; round++) {
        let damaged = text;
        for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
          const at = Math.floor(random() * damaged.length);
          const junk = JUNK[Math.floor(random() * JUNK.length)];
          damaged = random() < 0.5 ? damaged.slice(0, at) + junk + damaged.slice(at) : damaged.slice(0, at) + damaged.slice(at + 1 + Math.floor(random() * 5));
        }
        const facts = await readAll(path, kind, damaged);
        // Every range a reader produced points inside the file.
        const lines = damaged.split('\n').length;
        for (const list of [facts.machineGroups, facts.projects, facts.attachments, facts.containers, facts.installCommands, facts.identityWrites, facts.providers, facts.parseProblems]) {
          for (const f of list as Array<{ range: { start: { line: number }; end: { line: number } } }>) {
            expect(f.range.start.line).toBeGreaterThanOrEqual(1);
            expect(f.range.end.line).toBeLessThanOrEqual(lines);
          }
        }
      }
    });
  }

  it('one parse problem at most per file', async () => {
    for (const [path, kind, text] of CASES) {
      const facts = await readAll(path, kind, text.replace(/[}\]]/g, '') + '\n{{{ [[[ """');
      expect(facts.parseProblems.length).toBeLessThanOrEqual(1);
    }
  });
});
