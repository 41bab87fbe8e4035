/** RFC 6901 JSON pointers: what findings carry as the address of a value inside a JSON/YAML file. */

/** `["data_server_list", 0, "cluster"]` → `/data_server_list/0/cluster`. */
export function jsonPointer(path: ReadonlyArray<string | number>): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The path of a pointer; segments of digits become numbers (array indexes). */
export function decodePointer(p: string): Array<string | number> {
  if (p === '') return [];
  return p
    .split('/')
    .slice(1)
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
}
