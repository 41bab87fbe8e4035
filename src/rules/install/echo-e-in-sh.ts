import type { ShellContext } from '../../facts/index.js';
import { shOfImage } from '../../knowledge/shells.js';
import { visible } from '../shared/util.js';
import { defineRule } from '../types.js';

/**
 * `echo -e …` into user_defined_id on a line that /bin/sh runs: dash (Debian and Ubuntu's /bin/sh)
 * has no `-e` option and prints it, so the identifier becomes `-e <id>` (docs/reference/shells.md).
 */
export default defineRule({
  id: 'install/echo-e-in-sh',
  severity: 'warning',
  description: '`echo -e` writes user_defined_id in a line /bin/sh runs, where dash (Debian, Ubuntu) writes the `-e` into the identifier',
  check({ fleet, report }) {
    for (const w of fleet.identityWrites) {
      if (w.target !== 'user_defined_id' || !w.echoOption || !w.echoOption.text.includes('e') || !w.shell) continue;
      const dash = dashVerdict(w.shell);
      if (!dash) continue;
      const option = w.echoOption.text;
      const id = w.value.known ? (w.value.value.split('\n')[0] ?? '') : undefined;
      const writes = id !== undefined ? `"${visible(`${option} ${id}`)}" instead of "${visible(id)}"` : `"${option} " before the identifier`;
      report({
        file: w.file,
        range: w.echoOption.range,
        message:
          `${dash.certain ? `This line runs under dash (${dash.why})` : `This line runs under /bin/sh (${dash.why}); where that is dash (Debian, Ubuntu and images built on them)`}, ` +
          `\`echo\` has no ${option} option and prints it: user_defined_id gets ${writes}, which matches no machine group. ` +
          "Write the identifier with printf, which behaves the same in every shell: `printf '%s\\n' web-prod > /etc/ilogtail/user_defined_id`.",
      });
    }
  },
});

/** Is the line's /bin/sh dash: surely (certain), possibly (not certain), or not (undefined)? */
function dashVerdict(shell: ShellContext): { certain: boolean; why: string } | undefined {
  if (shell.shell === 'dash') return { certain: true, why: shell.from === 'shebang' ? 'the shebang names dash' : 'it is named' };
  if (shell.shell !== 'sh') return undefined; // bash, ash, zsh…: `-e` is an option there
  if (shell.from === 'dockerfile' && !shell.image) return { certain: false, why: 'a Dockerfile RUN runs /bin/sh -c, and no FROM says which shell that is' };
  if (shell.from === 'dockerfile' && shell.image) {
    const sh = shOfImage(shell.image);
    if (sh?.flavour === 'dash') return { certain: true, why: `a Dockerfile RUN runs /bin/sh -c, and ${sh.why}: FROM ${shell.image}` };
    if (sh) return undefined;
    return { certain: false, why: `a Dockerfile RUN runs /bin/sh -c; FROM ${shell.image} does not say which shell that is` };
  }
  return { certain: false, why: shell.from === 'shebang' ? 'the shebang is #!/bin/sh' : '`sh -c`' };
}
