import type { Facts, ShellContext } from '../facts/index.js';
import type { SourceFile } from '../core/source-file.js';
import { isDockerfile, readDockerfile } from './dockerfile.js';
import { SCRIPT_SNIFF, newShellScanState, scanShellText } from './shell.js';
import { readStructured } from './structured.js';
import type { FileReader, TextFile } from './types.js';

/**
 * Shell and PowerShell scripts, Dockerfiles and cloud-init user data: install commands,
 * identity-file writes and `docker run -e` settings of the agent's env vars; in a Dockerfile
 * also its `ENV`/`ARG` settings and agent `FROM` images, and for each RUN line the shell that
 * runs it (`/bin/sh -c` unless SHELL changed it) and the stage's base image; a script's shebang
 * is read by the shell scanner. User data that is really `#cloud-config` YAML is read as YAML.
 */
export const scriptReader: FileReader = { name: 'scripts, Dockerfiles and cloud-init user data', kinds: ['script'], sniff: SCRIPT_SNIFF, read: readScript };

function readScript(file: TextFile, facts: Facts): void {
  const { text } = file.source;
  if (/^\uFEFF?\s*#cloud-config/.test(text)) return readStructured(file, facts, 'yaml');
  const state = newShellScanState();
  if (isDockerfile(file.file.path)) {
    readDockerfile(file.source, file.file.path, facts);
    state.shellAt = dockerfileShells(file.source);
  }
  scanShellText(text, 0, file.source, file.file.path, facts, state);
}

interface Stage {
  image: string;
  imageRange: ShellContext['imageRange'];
  shell: string;
}

/**
 * Which shell runs each RUN instruction: the stage's SHELL (default `/bin/sh`, the Dockerfile
 * reference: "The default shell on Linux is ["/bin/sh", "-c"]"), with the stage's FROM image. A
 * stage built FROM an earlier stage inherits its image and SHELL. Exec-form RUN (`RUN ["…"]`)
 * runs no shell. Heredoc bodies (`RUN <<EOF`) belong to their RUN.
 */
function dockerfileShells(source: SourceFile): (offset: number) => ShellContext | undefined {
  const text = source.text;
  const spans: Array<{ start: number; end: number; ctx: ShellContext }> = [];
  const stages = new Map<string, Stage>();
  let stage: Stage | undefined;
  let i = 0;
  while (i < text.length) {
    // One instruction: lines joined by a trailing backslash.
    let end = i;
    for (;;) {
      const nl = text.indexOf('\n', end);
      const lineEnd = nl === -1 ? text.length : nl;
      const line = text.slice(end, lineEnd).replace(/\r$/, '');
      end = nl === -1 ? text.length : nl + 1;
      if (!/\\\s*$/.test(line) || /^\s*#/.test(line) || end >= text.length) break;
    }
    const instr = text.slice(i, end);
    const m = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(instr);
    const start = i;
    i = end;
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    const rest = m[2].trim();
    if (keyword === 'FROM') {
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = words[0] ?? '';
      const from = stages.get(image.toLowerCase());
      const imageStart = start + instr.indexOf(image);
      stage = from ? { ...from } : { image, imageRange: source.rangeOf(imageStart, image.length), shell: 'sh' };
      if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.set(words[2].toLowerCase(), stage);
    } else if (keyword === 'SHELL' && stage) {
      try {
        const argv = JSON.parse(rest) as unknown;
        if (Array.isArray(argv) && typeof argv[0] === 'string') stage.shell = argv[0].slice(argv[0].lastIndexOf('/') + 1);
      } catch {
        // not JSON: Docker rejects it; the stage keeps its shell
      }
    } else if (keyword === 'RUN' && !rest.startsWith('[')) {
      // A heredoc body runs in the same shell: extend the span to its terminator.
      const here = /<<-?\s*["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(rest);
      if (here) {
        const close = new RegExp(`^\\t*${here[1]}\\s*$`, 'm');
        const found = close.exec(text.slice(i));
        i = found ? i + found.index + found[0].length : text.length;
      }
      // A RUN before any FROM (a Dockerfile excerpt in a doc) still runs /bin/sh; its image is unknown.
      spans.push({
        start,
        end: i,
        ctx: stage ? { shell: stage.shell, from: 'dockerfile', image: stage.image, imageRange: stage.imageRange } : { shell: 'sh', from: 'dockerfile' },
      });
    }
  }
  return (offset) => spans.find((s) => offset >= s.start && offset < s.end)?.ctx;
}
