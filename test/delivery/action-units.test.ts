/** The Action's small pure parts, in process: inputs, annotation planning, summary. */
import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, annotationProperties, planAnnotations } from '../../src/action/annotations.js';
import { readInputs, splitPaths } from '../../src/action/inputs.js';
import { rebaseDiagnostics } from '../../src/action/paths.js';
import { renderSummary } from '../../src/action/summary.js';
import { UsageError } from '../../src/config/load.js';
import type { Diagnostic, Severity } from '../../src/core/diagnostic.js';

function diag(file: string, severity: Severity = 'error', line = 1, message = 'm'): Diagnostic {
  return { ruleId: 'file/binary', severity, message, file, range: { start: { line, column: 2 }, end: { line, column: 5 } } };
}

describe('inputs', () => {
  it('splits paths on spaces, or on lines when there are several lines (so a path may hold spaces)', () => {
    expect(splitPaths('.')).toEqual(['.']);
    expect(splitPaths('')).toEqual(['.']);
    expect(splitPaths('hosts  terraform/*.tf')).toEqual(['hosts', 'terraform/*.tf']);
    expect(splitPaths('hosts/web 01\nterraform/**/*.tf\n\n')).toEqual(['hosts/web 01', 'terraform/**/*.tf']);
  });

  it('reads the defaults action.yml gives, and rejects bad values with one line', () => {
    const defaults: Record<string, string> = { paths: '.', 'working-directory': '.', 'fail-on': 'error', annotations: 'true', 'only-changed': 'false' };
    expect(readInputs((n) => defaults[n] ?? '')).toEqual({
      paths: ['.'],
      config: undefined,
      workingDirectory: '.',
      failOn: 'error',
      maxWarnings: undefined,
      sarifFile: undefined,
      annotations: true,
      onlyChanged: false,
    });
    const bad = (name: string, value: string) => () => readInputs((n) => (n === name ? value : (defaults[n] ?? '')));
    expect(bad('max-warnings', '-1')).toThrow(UsageError);
    expect(bad('annotations', 'yes')).toThrow('Input annotations must be true or false; got "yes".');
    expect(readInputs((n) => (n === 'max-warnings' ? '0' : (defaults[n] ?? ''))).maxWarnings).toBe(0);
  });
});

describe('annotations', () => {
  it('keeps the most severe first and at most 10 of each kind', () => {
    const ds = [...Array.from({ length: 12 }, (_, i) => diag(`e${i}`)), diag('w', 'warning'), diag('i', 'info')];
    const plan = planAnnotations(ds.reverse());
    expect(plan.annotate.map((d) => d.severity)).toEqual([...Array(ANNOTATIONS_PER_KIND).fill('error'), 'warning', 'info']);
    // A failing step's own ::error:: takes one of the error slots.
    const failing = planAnnotations(ds, undefined, ANNOTATIONS_PER_KIND, 1);
    expect(failing.annotate.filter((d) => d.severity === 'error')).toHaveLength(ANNOTATIONS_PER_KIND - 1);
    expect(failing.overLimit.error).toBe(plan.overLimit.error + 1);
    expect(plan.overLimit).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it('with a changed-file set, keeps findings in changed files or pointing at one', () => {
    const related = { ...diag('old.json'), related: [{ file: 'new.json', range: diag('x').range, message: 'the other side' }] };
    const plan = planAnnotations([diag('old.json'), diag('new.json'), related], new Set(['new.json']));
    expect(plan.annotate.map((d) => d.file)).toEqual(['new.json', 'old.json']);
    expect(plan.unchanged).toBe(1);
  });

  it('sends columns only for a one-line range', () => {
    expect(annotationProperties(diag('a'))).toEqual({ title: 'file/binary', file: 'a', startLine: 1, endLine: 1, startColumn: 2, endColumn: 5 });
    const multi: Diagnostic = { ...diag('a'), range: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } } };
    expect(annotationProperties(multi)).toEqual({ title: 'file/binary', file: 'a', startLine: 2, endLine: 4 });
  });

  it('rebases paths from the working directory to the repository root', () => {
    const [d] = rebaseDiagnostics([{ ...diag('hosts/a.json'), related: [{ file: 'tf/main.tf', range: diag('x').range, message: 'm' }] }], '/ws/infra', '/ws');
    expect(d.file).toBe('infra/hosts/a.json');
    expect(d.related?.[0].file).toBe('infra/tf/main.tf');
  });
});

describe('job summary', () => {
  const rules = new Map([['file/binary', { id: 'file/binary', severity: 'error' as const, description: 'd', docsUrl: 'https://example.com/docs?a=1&b=2' }]]);
  const counts = { errors: 1, warnings: 0, infos: 0 };

  it('escapes what findings quote from files', () => {
    const html = renderSummary({ diagnostics: [diag('a<b>.json', 'error', 1, 'value "<script>" & more')], counts, rules, filesLinted: 1, notes: ['a <note>'] });
    expect(html).toContain('<h3><code>a&lt;b&gt;.json</code></h3>');
    expect(html).toContain('<td>value &quot;&lt;script&gt;&quot; &amp; more</td>');
    expect(html).toContain('<a href="https://example.com/docs?a=1&amp;b=2">docs</a>');
    expect(html).toContain('<p>a &lt;note&gt;</p>');
    expect(html).not.toContain('<script>');
  });

  it('no value brings a raw line break (which could end the HTML block and start Markdown), a control or a bidi override', () => {
    const d = diag('a\n\n![x](https:evil)\r.json', 'error', 1, 'one\r\ntwo\rthree\nfour \u001b[31m \u202e');
    const html = renderSummary({ diagnostics: [d], counts, rules, filesLinted: 1, notes: ['in\nnote'] });
    expect(html).toContain('<h3><code>a&#10;&#10;![x](https:evil)&#13;.json</code></h3>');
    expect(html).toContain('<td>one<br>two<br>three<br>four \ufffd[31m \ufffd</td>');
    expect(html).toContain('<p>in&#10;note</p>');
    expect(html.split('\n').every((l) => l === '' || l.startsWith('<'))).toBe(true);
    expect(html).not.toMatch(/\r|\n\n/);
  });

  it('stays under the size budget and says how many findings it left out', () => {
    const many = Array.from({ length: 5000 }, (_, i) => diag(`dir/file-${String(i).padStart(5, '0')}.json`, 'error', 1, 'x'.repeat(200)));
    const html = renderSummary({ diagnostics: many, counts: { errors: 5000, warnings: 0, infos: 0 }, rules, filesLinted: 5000, notes: [], budget: 100_000 });
    expect(html.length).toBeLessThan(100_000);
    const shown = html.split('<tr><td>').length - 1;
    expect(shown).toBeGreaterThan(100);
    expect(html).toContain(`… and ${5000 - shown} more findings not shown: a job summary is limited to 1 MiB. The step log lists them all.`);
  });
});
