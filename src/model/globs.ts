/**
 * Folder globs of `hosts[].path` in `.logtail-lint.json`: `*` and `?` within one segment, `**`
 * across segments, `[...]` classes and `{a,b}` alternatives, matched against whole
 * `/`-separated paths.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        if (atSegmentStart && slashAfter) {
          re += '(?:.*/)?'; // `**/`: zero or more whole segments
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map((alt) => globToRegExp(alt).source.slice(1, -1)).join('|') + ')';
        i = end;
      }
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

/** `./a/b/` → `a/b`; `.` → `` (the lint root). */
export function normalizeRelDir(p: string): string {
  let s = p.replace(/\\/g, '/').replace(/\/+$/, '');
  while (s.startsWith('./')) s = s.slice(2);
  return s === '.' ? '' : s;
}

/** The folder itself, then each parent up to the lint root (`''`). */
export function* selfAndAncestors(dir: string): Generator<string> {
  let d = dir;
  for (;;) {
    yield d;
    if (d === '') return;
    const slash = d.lastIndexOf('/');
    d = slash === -1 ? '' : d.slice(0, slash);
  }
}
