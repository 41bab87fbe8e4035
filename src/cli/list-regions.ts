import { REGIONS } from '../knowledge/regions.js';
import { SOURCES } from '../knowledge/sources.js';
import type { CliIO } from './main.js';

/** `logtail-lint regions`: the table the region and endpoint rules use, with each row's source. */
export function printRegions(io: CliIO): number {
  const header = ['region', 'name', 'status', 'verified', 'acceleration', 'category', 'source'];
  const rows = REGIONS.map((r) => [r.id, r.name, r.status, r.verified ? 'yes' : 'no [I]', r.acceleration, r.category, r.source]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const notes = REGIONS.filter((r) => r.note).map((r) => `  ${r.id}: ${r.note}`);
  const sources = Object.entries(SOURCES).map(([key, text]) => `  ${key}: ${text}`);
  io.stdout(
    [line(header), ...rows.map(line), '', `${REGIONS.length} regions (docs/reference/sls-regions-and-iac.md).`, 'Notes:', ...notes, '', 'Sources:', ...sources, ''].join('\n'),
  );
  return 0;
}
