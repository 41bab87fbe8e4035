import { findRegion } from '../../knowledge/regions.js';
import { defineRule } from '../types.js';
import { commandOf, knownParams } from './util.js';

export default defineRule({
  id: 'install/download-region-mismatch',
  severity: 'error',
  description: "The installer's download URL names another region than the install parameter",
  check({ fleet, report }) {
    const seen = new Set<string>();
    for (const { file, shown, fact, param, parsed, writtenRegion } of knownParams(fleet)) {
      const d = fact?.downloadRegion;
      if (!parsed || !d || !d.known || typeof d.value !== 'string') continue;
      const row = findRegion(parsed.region);
      if (!row || row.category === 'finance') continue; // finance download hosts are special-cased by the installer
      const download = d.value.toLowerCase();
      if (download === parsed.region || download === writtenRegion) continue;
      // One download serves every install after it: say it once per URL and region.
      const key = `${file}\0${d.range.start.line}:${d.range.start.column}\0${parsed.region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        file,
        range: d.range,
        pointer: d.pointer,
        message:
          `The installer is downloaded from the ${d.value} bucket (logtail-release-${d.value}), but \`${shown}\` installs for ${parsed.region}. ` +
          'One of the two regions is wrong, usually a region hard-coded from a doc example; a host without Internet access may also be unable to reach the other region\'s bucket. ' +
          `Download from the bucket of the region you install for (logtail-release-${parsed.region}).`,
        related: [{ file, range: param.range, message: `install parameter: ${parsed.region}` }],
      });
    }
  },
});
