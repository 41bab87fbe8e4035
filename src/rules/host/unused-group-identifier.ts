import { suggester, describeGroup } from '../shared/message-utils.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';
import { resourceAddress } from '../machine-group/util.js';

/**
 * A custom identifier listed in a userdefined machine group that no host of the repo carries.
 * Silent when the repo carries no custom identifier at all (its hosts live elsewhere), when some
 * host's identifier is only known at run time, and for `externalIdentifiers` in the lint config.
 */
export default defineRule({
  id: 'host/unused-group-identifier',
  severity: 'warning',
  description: 'A userdefined machine group lists a custom identifier that no host in the repository carries',
  check({ fleet, report }) {
    const { index } = fleet;
    if (index.someBundleIdentifiersOpen || index.bundlesByIdentifier.size === 0) return;
    const external = fleet.externalIdentifiers;
    let carried: string[] | undefined;
    const suggest = suggester();
    for (const g of fleet.machineGroups) {
      if (g.kind !== 'userdefined') continue;
      for (const entry of g.identifiers) {
        if (index.bundlesByIdentifier.has(entry.value) || external.has(entry.value)) continue;
        carried ??= [...index.bundlesByIdentifier.keys()];
        const near = suggest(entry.value, carried);
        const nearValue = near === undefined ? undefined : index.bundlesByIdentifier.get(near)?.[0].identifiers.find((i) => i.value === near);
        const related: RelatedLocation[] = nearValue ? [{ file: nearValue.file, range: nearValue.range, message: `a host carries "${near}"` }] : [];
        report({
          file: entry.file,
          range: entry.range,
          pointer: entry.pointer,
          address: resourceAddress(g.fact),
          message:
            `No host in this repository carries the custom identifier ${JSON.stringify(entry.value)} of ${describeGroup(g)} (no user_defined_id line, ALIYUN_LOGTAIL_USER_DEFINED_ID or script writes it).` +
            (nearValue ? ` Did you mean "${near}"?` : '') +
            ` If hosts outside this repository carry it, list it in "externalIdentifiers" in .logtail-lint.json; otherwise remove it from the group or give a host this identifier.`,
          related,
        });
      }
    }
  },
});
