/**
 * The parser our injection tests trust (./workflow-commands.ts) reads workflow commands exactly as
 * the GitHub runner does, checked here against the runner's own verdicts.
 *
 * Why this is "the real parser" and not a regex of our own: no npm package holds the runner's
 * parser (@actions/core only writes commands; the one package that parses them is a regex that
 * disagrees with the runner on most command lines; /work/notes/workflow-commands.md). The real
 * parser is the runner's C# (actions/runner src/Runner.Common/ActionCommand.cs). Its source may
 * not be committed here and CI cannot download it, so:
 *  1. test/fixtures/workflow-commands/harness/ builds the runner's own ActionCommand.cs with Mono
 *     (from a local clone, into a temp folder) and records, for ~900 streams of hostile output and
 *     what logtail-lint itself printed on a hostile repository, what the runner makes of every line.
 *     That record, runner-verdicts.jsonl, is data, not code: it says which runner commit made it.
 *  2. This test replays every stream through our port and requires the runner's verdict on each
 *     line: command or text, name, every property, data, and the stop-commands state. A port that
 *     drifts from the runner fails here, in CI, without Mono.
 *  3. The hostile-input tests (hostile.test.ts, action.test.ts) then read logtail-lint's real output
 *     through the port; where this machine has the Mono build (RUNNER_PARSER_EXE, or the harness's
 *     default temp path), they also read it through the runner's own code and require the same.
 * A line holding a character Mono's culture-sensitive `::` matching ignores (`collation: true` in the
 * fixture) may get another verdict from the port, which compares ordinally; then the rest of that
 * stream is not compared (see the header of workflow-commands.ts for why our outputs never depend
 * on it). Every other line must match exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processOutput, readLines, type RunnerLine } from './workflow-commands.js';

interface FixtureVerdict extends RunnerLine {
  collation?: true;
}

const FIXTURE = new URL('../fixtures/workflow-commands/runner-verdicts.jsonl', import.meta.url);
const [headerLine, ...rowLines] = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
const header = JSON.parse(headerLine) as { runner: { commit: string }; streams: number };
const rows = rowLines.map((l) => JSON.parse(l) as { source: string; stream: string; verdicts: FixtureVerdict[] });

const comparable = ({ line, effect, form, command, properties, data }: RunnerLine) => ({ line, effect, form, command, properties, data });

describe("the workflow-command parser the tests use agrees with the runner's own", () => {
  it('the fixture says which runner made it, and holds every stream it announces', () => {
    expect(header.runner.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(rows).toHaveLength(header.streams);
    expect(rows.some((r) => r.source.startsWith('logtail-lint output'))).toBe(true);
  });

  it('splits every stream into the lines the runner read', () => {
    for (const { source, stream, verdicts } of rows) expect(readLines(stream), source).toEqual(verdicts.map((v) => v.line));
  });

  it('gives the runner verdict on every line: command or text, name, properties, data, stop-commands state', () => {
    let compared = 0;
    const collationDifferences: string[] = [];
    for (const { source, stream, verdicts } of rows) {
      const ours = processOutput(stream);
      for (let i = 0; i < verdicts.length; i++) {
        const where = `${source}, line ${i + 1}: ${JSON.stringify(verdicts[i].line)}`;
        if (verdicts[i].collation && JSON.stringify(comparable(ours[i])) !== JSON.stringify(comparable(verdicts[i]))) {
          collationDifferences.push(where);
          break; // the stop-commands state may differ from here on; see the header
        }
        expect(comparable(ours[i]), where).toEqual(comparable(verdicts[i]));
        compared++;
      }
    }
    // Every line is compared but those after a difference that only the runner's collation explains.
    const lines = rows.reduce((n, r) => n + r.verdicts.length, 0);
    expect(compared).toBeGreaterThan(lines * 0.9);
    expect(collationDifferences.length, collationDifferences.join('\n')).toBeLessThan(rows.length / 10);
  });

  it('the fixture covers what matters: commands run, ignored while stopped, resumed, rejected tokens, the legacy form', () => {
    const effects = new Set(rows.flatMap((r) => r.verdicts.map((v) => `${v.effect}:${v.form ?? ''}`)));
    for (const e of ['run:v2', 'run:v1', 'ignored:v2', 'ignored:v1', 'resume:v2', 'resume:v1', 'stop:v2', 'stop-rejected:v2', 'text:']) expect(effects).toContain(e);
  });
});
