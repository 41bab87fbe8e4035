/**
 * Mutations of a seed's bytes, as fast-check arbitraries: each is a small record (where, what)
 * that fast-check can shrink, applied by `applyMutation`. Offsets are taken modulo the length,
 * so a mutation stays meaningful on whatever an earlier one left.
 */
import fc from 'fast-check';

const utf8 = (s) => Buffer.from(s, 'utf8');

/** Byte sequences no UTF-8 decoder accepts, each of another kind. */
const INVALID_UTF8 = [
  [0xff], // never valid
  [0xc3], // a lead byte without its continuation
  [0x80], // a lone continuation byte
  [0xc0, 0x80], // overlong NUL
  [0xed, 0xa0, 0x80], // a lone high surrogate, CESU-8 style
  [0xed, 0xbf, 0xbf], // a lone low surrogate
  [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF
].map((b) => Buffer.from(b));

/** Tokens every family gets: numbers, quotes, escapes, controls, template openers. */
const COMMON_SNIPPETS = [
  '\u0000',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\uFEFF',
  '\u2028',
  '\u00a0',
  '\u{1F600}',
  '\u202e',
  '1e400',
  '-1e400',
  '-0',
  '12345678901234567890',
  '-99999999999999999999',
  '0.1e-400',
  'NaN',
  '0x1F',
  '"',
  "'",
  '\\',
  '`',
  '\\uD800',
  '\\uDC00x',
  '\\u',
  '\\x',
  '${',
  '$(',
  '%{',
  '#',
  '//',
  '/*',
  '*/',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ':',
  ',',
  '=',
  ';',
  'null',
  'true',
  '<<EOF\n',
  '<<-EOT\n',
];

/** Tokens of each syntax: what a parser of that syntax branches on. */
export const SYNTAX_SNIPPETS = {
  json: [
    '"a": 1,',
    '"data_server_list": [{"cluster": "cn-hangzhou", "endpoint": ',
    '"config_server_address": ',
    '"working_ip": "10.0.0.1",',
    '{"a":',
    '[[',
    '"\\u0000"',
    '"a\u0001b"',
  ],
  yaml: [
    '- ',
    ': ',
    '? ',
    '&x [1, 2]',
    '*x',
    '<<: *x',
    '!Ref ',
    '!!js/function "x"',
    '!!binary ',
    '|\n',
    '>-\n',
    '---\n',
    '...\n',
    '%YAML 1.2\n---\n',
    'Fn::Join: ',
    '\n  - ',
    '\n    ',
  ],
  hcl: [
    'resource "alicloud_log_machine_group" "g" {\n',
    'identify_list = [',
    'name = "',
    '${var.x}',
    '%{ if true }',
    '%{ endif }',
    '<<EOF\n',
    'EOF\n',
    'for_each = ',
    'dynamic "x" {',
    '= {',
    '" ',
    '# ',
    '/*',
  ],
  shell: [
    'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh -O logtail.sh; chmod 755 logtail.sh; ./logtail.sh install cn-hangzhou\n',
    "echo '",
    'echo "',
    'cat <<EOF > /etc/ilogtail/user_defined_id\n',
    "<<'EOF'\n",
    'RUN ',
    'ENV ',
    '\\\n',
    '$((',
    '#cloud-config\n',
    'runcmd:\n  - ',
    ' && ',
    ' | ',
    '; ',
  ],
  text: ['web-prod', ' ', '\n\n', '1234567890123456', '#', 'a,b', '\t'],
};

/** Open/close pairs nested by the deep-nesting mutation, per syntax. */
export const NESTING = {
  json: [
    ['[', ']'],
    ['{"a":', '}'],
  ],
  yaml: [
    ['[', ']'],
    ['{a: ', '}'],
    ['- ', ''],
  ],
  hcl: [
    ['[', ']'],
    ['{', '}'],
    ['(', ')'],
    ['a = {\n', '}\n'],
  ],
  shell: [
    ['$(', ')'],
    ['(', ')'],
    ['{ ', '; }'],
  ],
  text: [['[', ']']],
};

/** A YAML alias bomb of `levels` levels, each `fan` references of the one before: fan^levels nodes when expanded. */
export function aliasBomb(levels, fan) {
  const lines = ['a0: &a0 ["lol"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(fan)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

const at = fc.nat();

/** The arbitrary of one mutation for a syntax. */
export function mutationArbitrary(syntax) {
  const snippets = [...COMMON_SNIPPETS, ...SYNTAX_SNIPPETS[syntax]];
  const options = [
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate'), at }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip'), at, mask: fc.integer({ min: 1, max: 255 }) }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert'), at, text: fc.constantFrom(...snippets) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('invalid-utf8'), at, which: fc.nat(INVALID_UTF8.length - 1) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete'), at, length: fc.integer({ min: 1, max: 64 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-line'), at }) }, // duplicate keys, resources, list items
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('line-endings'), to: fc.constantFrom('\r\n', '\r', '\n\r') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('bom'), at: fc.oneof(fc.constant(0), at) }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('long-string'), at, length: fc.integer({ min: 1000, max: 200_000 }), char: fc.constantFrom('a', ' ', '\\', '"', 'é', '\u{1F600}') }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest'), at, depth: fc.integer({ min: 2, max: 3000 }), pair: fc.nat(NESTING[syntax].length - 1) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('random'), at, text: fc.string({ unit: 'binary', maxLength: 16 }) }) },
  ];
  if (syntax === 'yaml')
    options.push({ weight: 1, arbitrary: fc.record({ kind: fc.constant('alias-bomb'), at, levels: fc.integer({ min: 1, max: 6 }), fan: fc.integer({ min: 2, max: 9 }) }) });
  return fc.oneof(...options);
}

const splice = (bytes, offset, remove, insert) => Buffer.concat([bytes.subarray(0, offset), insert, bytes.subarray(offset + remove)]);

/** `bytes` with the mutation applied (a new buffer; `bytes` is not changed). */
export function applyMutation(bytes, m, syntax) {
  const offset = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, offset);
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      out[m.at % out.length] ^= m.mask;
      return out;
    }
    case 'insert':
    case 'random': // a lone surrogate in `text` becomes U+FFFD here; raw surrogates come from invalid-utf8
      return splice(bytes, offset, 0, utf8(m.text));
    case 'invalid-utf8':
      return splice(bytes, offset, 0, INVALID_UTF8[m.which]);
    case 'delete':
      return splice(bytes, offset, m.length, Buffer.alloc(0));
    case 'duplicate-line': {
      const start = bytes.lastIndexOf(10, offset - 1) + 1;
      const next = bytes.indexOf(10, offset);
      const end = next < 0 ? bytes.length : next + 1;
      return splice(bytes, start, 0, Buffer.concat([bytes.subarray(start, end), next < 0 ? utf8('\n') : Buffer.alloc(0)]));
    }
    case 'line-endings':
      return Buffer.from(bytes.toString('latin1').replace(/\r?\n/g, m.to), 'latin1'); // latin1: every byte round-trips
    case 'bom':
      return splice(bytes, offset, 0, Buffer.from([0xef, 0xbb, 0xbf]));
    case 'long-string':
      return splice(bytes, offset, 0, utf8(m.char.repeat(Math.ceil(m.length / m.char.length))));
    case 'nest': {
      const [open, close] = NESTING[syntax][m.pair];
      return splice(bytes, offset, 0, utf8(open.repeat(m.depth) + close.repeat(m.depth)));
    }
    case 'alias-bomb':
      return splice(bytes, offset, 0, utf8(aliasBomb(m.levels, m.fan)));
    default:
      throw new Error(`unknown mutation ${m.kind}`);
  }
}
