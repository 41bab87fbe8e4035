import type { DirectoryFact, IdentityWriteFact, InstallCommandFact } from '../../facts/index.js';
import type { Range } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';

const before = (a: Range, b: Range) => a.start.line < b.start.line || (a.start.line === b.start.line && a.start.column < b.start.column);
const parentOf = (p: string) => p.slice(0, p.lastIndexOf('/')) || '/';

/**
 * A script writes users/<id> or user_defined_id before anything creates its folder, and installs
 * the agent only later: on the fresh host the script sets up, `/etc/ilogtail` and
 * `/etc/ilogtail/users` do not exist yet (the installer makes them during `install`,
 * docs/reference/sls-regions-and-iac.md B.4), so `touch` / `>` fail with "No such file or directory".
 */
export default defineRule({
  id: 'install/folder-not-created',
  severity: 'error',
  description: 'A script writes users/<id> or user_defined_id before creating /etc/ilogtail[/users], ahead of the install that would create it, so the write fails',
  check({ fleet, report }) {
    const installsOf = group(fleet.installCommands);
    const dirsOf = group(fleet.directories);
    for (const w of fleet.identityWrites) {
      if (w.target === 'user_log_config' || !w.path || w.via === 'mkdir-p' || !w.path.startsWith('/etc/ilogtail/')) continue;
      const folder = parentOf(w.path.replace(/\/+$/, ''));
      const installs = installsOf.get(w.file) ?? [];
      if (installs.some((i) => before(i.range, w.range))) continue; // the installer made it
      const later = installs.find((i) => before(w.range, i.range));
      if (!later) continue; // no sign the host is fresh: it may have the agent already
      if (created(folder, w.range, dirsOf.get(w.file) ?? [])) continue;
      report({
        file: w.file,
        range: w.range,
        message:
          `This line writes ${w.path} before anything creates ${folder}: on the fresh host this script sets up, the folder appears only when the install command below runs (line ${later.range.start.line}), ` +
          `so the write fails ("No such file or directory") and the host gets no ${w.target === 'users' ? 'account file' : 'custom identifier'}. ` +
          `Create the folder first (\`mkdir -p ${folder}\`), or move this line after the install.`,
      });
    }
  },
});

/** Does a `mkdir` before `at` leave `folder` in place? `-p` makes every parent; a plain mkdir needs its parent to exist. */
function created(folder: string, at: Range, dirs: readonly DirectoryFact[]): boolean {
  const made = (path: string, until: Range): boolean =>
    path === '/etc' ||
    dirs.some((d) => before(d.range, until) && (d.parents ? d.path === path || d.path.startsWith(`${path}/`) : d.path === path && made(parentOf(path), d.range)));
  return made(folder, at);
}

function group<T extends IdentityWriteFact | InstallCommandFact | DirectoryFact>(list: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) out.set(x.file, [...(out.get(x.file) ?? []), x]);
  return out;
}
