// Turns a benchmark report into the printed table and the PASS/FAIL lines.

/** The budgets logtail-lint is held to (see bench/README.md). */
export const TARGETS = {
  floorRatio50k: 2.0, // 50k mixed: logtail-lint wall ≤ 2.0 × floor
  rss50kMB: 400, // 50k mixed: logtail-lint peak RSS ≤ 400 MB
  linearity: 5.5, // logtail-lint wall 50k / 10k (5.0 is linear)
  coldStartMs: 60, // `logtail-lint --version` ≤ `node -e 0` + 60 ms
  singleFileMs: 1000, // the 5 MB config and the 100k-IP group, whole process
  cacheRatio50k: 0.25, // 50k mixed, --cache: a re-run with nothing changed, and one with one file changed, ≤ 0.25 × the cold --cache run
};

const ratio = (a, b) => (a && b ? a / b : undefined);
const fmt = (n, digits = 0) => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));

export function evaluateTargets({ cases, coldStart }) {
  const out = [];
  const add = (name, value, limit, unit, ok) =>
    out.push(
      value === undefined
        ? { name, status: 'SKIP', detail: 'not measured in this run' }
        : { name, status: ok ? 'PASS' : 'FAIL', value: +value.toFixed(2), limit, detail: `${fmt(value, unit === '×' ? 2 : 0)}${unit}, limit ${limit}${unit}` },
    );
  const big = cases['50k'];
  const r = ratio(big?.lint?.medianMs, big?.floor?.medianMs);
  add('50k mixed: logtail-lint ≤ 2.0× floor', r, TARGETS.floorRatio50k, '×', r <= TARGETS.floorRatio50k);
  const rss = big?.lint?.medianRssMB;
  add('50k mixed: logtail-lint peak RSS ≤ 400 MB', rss, TARGETS.rss50kMB, ' MB', rss <= TARGETS.rss50kMB);
  const cfg = cases['config-10k'];
  const a = ratio(cfg?.lint?.medianMs, cfg?.ajv?.medianMs);
  add('config-only 10k: logtail-lint ≤ ajv-cli', a, 1, '×', a <= 1);
  const lin = ratio(cases['50k']?.lint?.medianMs, cases['10k']?.lint?.medianMs);
  add('linearity: logtail-lint 50k / 10k ≤ 5.5', lin, TARGETS.linearity, '×', lin <= TARGETS.linearity);
  const extra = coldStart ? coldStart.lintVersion.medianMs - coldStart.nodeE0.medianMs : undefined;
  add('cold start: --version ≤ node -e 0 + 60 ms', extra, TARGETS.coldStartMs, ' ms', extra <= TARGETS.coldStartMs);
  const cache = big?.cache;
  for (const [key, label] of [
    ['unchanged', 'nothing changed'],
    ['changed', 'one file changed'],
  ]) {
    const q = ratio(cache?.[key]?.medianMs, cache?.cold?.medianMs);
    add(`50k mixed, --cache, ${label}: ≤ 0.25× the cold run`, q, TARGETS.cacheRatio50k, '×', q <= TARGETS.cacheRatio50k);
  }
  if (cache)
    out.push({
      name: '50k mixed, --cache: findings identical to uncached runs',
      status: cache.identical ? 'PASS' : 'FAIL',
      detail: cache.identical ? 'every JSON report byte-identical' : `different in: ${cache.mismatches.join(', ')}`,
    });
  else add('50k mixed, --cache: findings identical to uncached runs', undefined);
  for (const [c, label] of [
    ['config-5mb', '5 MB ilogtail_config.json'],
    ['ip-100k', 'machine group with 100k IPs (Terraform)'],
  ]) {
    const ms = cases[c]?.lint?.medianMs;
    add(`${label}: logtail-lint < 1 s`, ms, TARGETS.singleFileMs, ' ms', ms < TARGETS.singleFileMs && !cases[c]?.tooLarge);
  }
  return out;
}

export function formatTable(report) {
  const { machine: m, cases, coldStart } = report;
  const lines = [
    `logtail-lint benchmark, ${report.date}`,
    `machine: ${m.nproc} CPUs (${m.cpu}), ${m.memTotalGiB} GiB RAM (${m.memFreeGiB} free), node ${m.node}, load ${m.loadBefore.join(' ')} -> ${m.loadAfter.join(' ')}`,
    `median of ${report.runs} runs after 1 warm-up; wall ms of the whole process; peak RSS in MB via ${report.rssMethod === 'gnu-time' ? '/usr/bin/time -f %M' : 'a preload reading process.resourceUsage().maxRSS'}`,
    report.staleBuild && 'WARNING: dist/ is older than src/: an old build was timed',
    m.otherCpu &&
      `other processes used ${m.otherCpu.cpuSeconds} CPU-s during the ${m.otherCpu.wallSeconds} s run (${(100 * m.otherCpu.share).toFixed(0)} % of the machine)${m.otherCpu.share > 0.05 ? ': figures are noisy' : ''}`,
  ].filter(Boolean);
  lines.push('');
  const head = ['case', 'on disk', 'linted', 'floor ms', 'MB', 'ajv-cli ms', 'MB', 'lint ms', 'MB', 'lint files/s', 'lint/floor', 'lint/ajv'];
  const rows = Object.entries(cases).map(([name, c]) => [
    name,
    String(c.filesOnDisk),
    String(c.filesLinted),
    fmt(c.floor?.medianMs),
    fmt(c.floor?.medianRssMB),
    fmt(c.ajv?.medianMs),
    fmt(c.ajv?.medianRssMB),
    fmt(c.lint?.medianMs),
    fmt(c.lint?.medianRssMB),
    fmt(c.filesLinted / (c.lint?.medianMs / 1000)),
    fmt(ratio(c.lint?.medianMs, c.floor?.medianMs), 2),
    fmt(ratio(c.lint?.medianMs, c.ajv?.medianMs), 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '');

  const lin = ratio(cases['50k']?.lint?.medianMs, cases['10k']?.lint?.medianMs);
  if (lin) lines.push(`linearity: logtail-lint 50k / 10k = ${lin.toFixed(2)} (files linted ${(cases['50k'].filesLinted / cases['10k'].filesLinted).toFixed(2)}x)`);
  if (coldStart) {
    const { nodeE0: n, lintVersion: v } = coldStart;
    lines.push(
      `cold start (median of ${coldStart.runs}): node -e 0 ${fmt(n.medianMs)} ms, logtail-lint --version ${fmt(v.medianMs)} ms (+${fmt(v.medianMs - n.medianMs)} ms), RSS ${fmt(v.medianRssMB)} MB`,
    );
  }
  const cached = Object.entries(cases).filter(([, c]) => c.cache);
  if (cached.length > 0) {
    lines.push('', '--cache (median ms and MB; re-runs as a share of the cold --cache run, and of the uncached lint run):');
    for (const [name, c] of cached) {
      const cold = c.cache.cold.medianMs;
      const x = (s) =>
        `${fmt(c.cache[s].medianMs)} ms ${fmt(c.cache[s].medianRssMB)} MB (${fmt(ratio(c.cache[s].medianMs, cold), 2)}× cold, ${fmt(ratio(c.cache[s].medianMs, c.lint?.medianMs), 2)}× uncached)`;
      lines.push(`  ${name}: cold ${fmt(cold)} ms ${fmt(c.cache.cold.medianRssMB)} MB (${fmt(ratio(cold, c.lint?.medianMs), 2)}× uncached)`);
      lines.push(`    nothing changed ${x('unchanged')}`, `    one file changed ${x('changed')}`);
      lines.push(`    reports identical to uncached runs: ${c.cache.identical ? 'yes' : `NO (${c.cache.mismatches.join(', ')})`}`);
    }
  }
  lines.push('', 'per case (warm-up run):');
  for (const [name, c] of Object.entries(cases)) {
    const f = c.findings;
    const parsed =
      Object.entries(c.floorParsed)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'nothing';
    lines.push(
      `  ${name}: ${f.errors} errors, ${f.warnings} warnings, ${f.infos} infos, ${Object.keys(f.byRule).length} rules fired; floor parsed ${parsed}; ajv-cli validated ${c.ajvValidated ?? '-'} of ${c.agentConfigs} agent configs`,
    );
    for (const n of c.notes) lines.push(`    note: ${n}`);
  }
  lines.push('', ...report.targets.map((t) => `${t.status.padEnd(4)}  ${t.name}  (${t.detail})`));
  return lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}
