import { findRegion, suggestRegion } from '../../knowledge/regions.js';
import { defineRule } from '../types.js';
import { replaceValueEdit } from '../shared/util.js';
import { commandOf, knownParams } from './util.js';

export default defineRule({
  id: 'install/unknown-region',
  severity: 'error',
  description: 'A Logtail install command or container config path names a region the installer does not know',
  fixable: true,
  check({ fleet, report }) {
    for (const { file, shown, fact, param, parsed, writtenRegion } of knownParams(fleet)) {
      if (parsed && (parsed.region === 'auto' || findRegion(parsed.region))) continue;
      if (!parsed) {
        if (!fact) continue; // container paths are listed only when they parse
        const cmd = commandOf(fact);
        report({
          file,
          range: param.range,
          pointer: param.pointer,
          message:
            param.value.trim() === ''
              ? `\`${cmd}\` has no region parameter: the installer cannot tell which SLS region to send logs to. Add the project's region ID, e.g. \`${cmd} cn-hangzhou\`.`
              : `\`${cmd} ${param.value}\`: "${param.value}" is not an install parameter (a region ID with an optional network suffix such as \`-internet\`); it looks like a placeholder that was never filled in. Write the project's region ID, e.g. \`cn-hangzhou\`.`,
        });
        continue;
      }
      const region = writtenRegion ?? parsed.region;
      const suggestion = suggestRegion(region);
      const suggested = suggestion === undefined ? undefined : parsed.normalized.replace(region, suggestion);
      // Only a change of case is certain enough to apply: a different region would send logs elsewhere.
      const edit = suggested !== undefined && suggested === param.value.toLowerCase() ? replaceValueEdit(param, suggested) : undefined;
      const intranet = /-intranet$/.test(region) && suggestion !== undefined;
      report({
        file,
        range: param.range,
        pointer: param.pointer,
        message:
          `\`${shown}\`: "${region}" is not an SLS region ID, so the installer has no endpoint to configure and the agent cannot reach SLS. ` +
          (suggested !== undefined
            ? `Did you mean "${suggested}"?${intranet ? ' The bare region ID already installs the intranet network.' : ''}`
            : 'Use the region ID of the project (`logtail-lint regions` lists them), with `-internet` or `-acceleration` if the host is outside that region\'s network.'),
        fix: edit ? { description: `Replace with "${suggested}"`, edits: [edit] } : undefined,
      });
    }
  },
});
