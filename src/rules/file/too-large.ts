import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/too-large',
  severity: 'warning',
  scope: 'file',
  description: 'A file is larger than the configured limit and was not read',
  check({ fleet, report }) {
    for (const f of fleet.files) {
      for (const p of f.problems) {
        if (p.kind !== 'too-large') continue;
        report({
          file: f.file.path,
          range: FILE_START,
          message: `File is ${formatBytes(p.size)}, over the ${formatBytes(p.limit)} limit, so it was not checked. Raise "maxFileSize" in .logtail-lint.json (or --max-file-size) if it really is a Logtail or machine-group file, or add it to "ignores".`,
        });
      }
    }
  },
});

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`;
}
