import type { IdentityWriteFact } from '../../facts/index.js';
import type { Fix } from '../../core/diagnostic.js';
import { isOsImage } from '../../knowledge/shells.js';
import { visible } from '../shared/util.js';
import { defineRule } from '../types.js';

const byPosition = (a: IdentityWriteFact, b: IdentityWriteFact) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;

export default defineRule({
  id: 'install/append-user-defined-id',
  severity: 'warning',
  scope: 'file',
  description: 'A script appends to user_defined_id (`>>`, `tee -a`), adding the identifier again on every run',
  fixable: true,
  check({ fleet, report }) {
    const byFile = new Map<string, IdentityWriteFact[]>();
    for (const w of fleet.identityWrites) {
      if (w.target !== 'user_defined_id') continue;
      const list = byFile.get(w.file);
      if (list) list.push(w);
      else byFile.set(w.file, [w]);
    }
    for (const [file, writes] of byFile) {
      writes.sort(byPosition);
      let truncated = false;
      for (const w of writes) {
        // `echo a > f; echo b >> f`: the file is truncated first, so appending builds it on purpose.
        if (!w.appends) truncated = true;
        if (!w.appends || truncated) continue;
        // A Dockerfile RUN starts from the FROM image on every build: on a plain OS image there is
        // no user_defined_id to append to (docs/reference/shells.md §2).
        const dockerfile = w.shell?.from === 'dockerfile';
        const image = dockerfile ? w.shell?.image : undefined;
        if (image !== undefined && isOsImage(image)) continue;
        const op = w.appendOperator;
        // Overwriting is the fix only when this is the script's one write to the file.
        const fix: Fix | undefined =
          op && writes.length === 1
            ? { description: op.text === '>>' ? 'Overwrite with `>`' : 'Overwrite with `tee`', edits: [{ range: op.literal, text: op.text === '>>' ? '>' : 'tee' }] }
            : undefined;
        const value = w.value.known ? `"${visible(w.value.value)}"` : 'the identifier';
        report({
          file,
          range: op?.range ?? w.range,
          message: dockerfile
            ? `This RUN line appends ${value} to user_defined_id. Each build starts again from the base image, so it does not pile up across rebuilds, ` +
              `but it is added to whatever user_defined_id ${image === undefined ? 'the base image' : `FROM ${image}`} already holds, and the container then carries that image's identifier too. ` +
              'Overwrite instead, so the image holds exactly this identifier: `echo web-prod > /etc/ilogtail/user_defined_id` (or `tee` without `-a`).'
            : `This line appends ${value} to user_defined_id, so every re-run of the script (reboot, cloud-init re-run) adds it again. ` +
              'The agent keeps one copy, but the file grows without end and, past 8 KiB, the agent stops reading it. ' +
              'Overwrite instead: `echo web-prod > /etc/ilogtail/user_defined_id` (or `tee` without `-a`).',
          fix,
        });
      }
    }
  },
});
