import { defineRule } from '../types.js';
import { replaceValueEdit } from '../shared/util.js';
import { commandOf, knownParams } from './util.js';

const VPC = /[-_]vpc(?=[-_]|$)/i;

export default defineRule({
  id: 'install/vpc-suffix',
  severity: 'warning',
  description: 'A Logtail install parameter has the legacy `-vpc` suffix, which the installer strips',
  fixable: true,
  check({ fleet, report }) {
    for (const { file, shown, param, parsed } of knownParams(fleet)) {
      if (!parsed || !VPC.test(param.value)) continue;
      const next = param.value.replace(new RegExp(VPC.source, 'gi'), '');
      const edit = next !== '' ? replaceValueEdit(param, next) : undefined;
      report({
        file,
        range: param.range,
        pointer: param.pointer,
        message:
          `\`${shown}\`: \`${VPC.exec(param.value)![0]}\` is a legacy suffix. The installer removes it and installs exactly as \`${next}\` does ` +
          `(${parsed.network === 'intranet' ? 'the intranet network' : `network ${parsed.network}`}), so it works, but it suggests a VPC-only network that it does not select. ` +
          `Write "${next}"${parsed.network === 'intranet' ? ' (or `-internal` for the VPC-only domain, on installers that support it)' : ''}.`,
        fix: edit ? { description: `Replace with "${next}"`, edits: [edit] } : undefined,
      });
    }
  },
});
