import { findRegion } from '../../knowledge/regions.js';
import { defineRule } from '../types.js';
import { knownParams } from './util.js';

/**
 * The installer does not care where it was downloaded from: it fetches its package by its own
 * parameter (docs/reference/sls-regions-and-iac.md B.4), so a script bucket of another region is
 * no fault. What can fail is reaching two intranets at once: a script fetched from region X's
 * internal OSS endpoint (only reachable inside X) that installs for region Y without a network
 * suffix, so the package comes from Y's internal endpoint (only reachable inside Y). No host is
 * inside both, so one of the downloads fails. That reachability is OSS behaviour the cited
 * sources infer rather than state, hence a warning.
 */
export default defineRule({
  id: 'install/download-region-mismatch',
  severity: 'warning',
  description: "The installer comes from one region's internal OSS endpoint and fetches its package from another region's, so one download fails",
  check({ fleet, report }) {
    const seen = new Set<string>();
    for (const { file, shown, fact, param, parsed } of knownParams(fleet)) {
      const d = fact?.downloadRegion;
      if (!parsed || !fact?.downloadInternal || !d || !d.known || typeof d.value !== 'string') continue;
      // Only a package fetched from the internal endpoint of the install region (no suffix, or -internal).
      if (parsed.network !== 'intranet' && parsed.network !== 'internal') continue;
      const row = findRegion(parsed.region);
      if (!row || row.category === 'finance') continue; // finance hosts are special-cased by the installer
      const download = d.value.toLowerCase();
      if (download === parsed.region || !findRegion(download)) continue;
      const key = `${file}\0${d.range.start.line}:${d.range.start.column}\0${parsed.region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        file,
        range: d.range,
        pointer: d.pointer,
        message:
          `The installer comes from the internal OSS endpoint of ${download}, which only hosts inside ${download} can reach, but \`${shown}\` then downloads its package from the internal endpoint of ${parsed.region}, which only hosts inside ${parsed.region} can reach: ` +
          'no host is inside both, so one of the two downloads fails. ' +
          `Download the installer from the public endpoint (oss-${download}.aliyuncs.com) or from ${parsed.region}'s, or install with \`${parsed.region}-internet\` if the host is outside ${parsed.region}.`,
        related: [{ file, range: param.range, message: `install parameter: ${parsed.region}` }],
      });
    }
  },
});
