import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/invalid-json';

async function one(text: string) {
  const found = await findings({ [F]: text }, rule);
  expect(found, JSON.stringify(found.map((d) => d.message))).toHaveLength(1);
  return found[0];
}

describe('config/invalid-json', () => {
  it('reports an empty file, saying the agent runs on defaults', async () => {
    const d = await one('');
    expect(span(d)).toBe('1:1-1:1');
    expect(d.message).toMatch(/empty.*built-in defaults/);
    expect((await one('  \n\t\n')).message).toContain('empty');
  });

  it('reports a file with only comments', async () => {
    const d = await one('// nothing here yet\n');
    expect(span(d)).toBe('1:1-1:20');
    expect(d.message).toContain('only comments');
  });

  it('reports single quotes, unquoted keys and non-JSON numbers at their exact place', async () => {
    expect(span(await one("{'cpu_usage_limit': 0.4}"))).toBe('1:2-1:19');
    const unquoted = await one('{\n  cpu_usage_limit: 0.4\n}');
    expect(span(unquoted)).toBe('2:3-2:18');
    expect(unquoted.message).toContain('Write "cpu_usage_limit"');
    expect(span(await one('{"cpu_usage_limit": NaN}'))).toBe('1:21-1:24');
    expect(span(await one('{"cpu_usage_limit": -Infinity}'))).toBe('1:21-1:30');
    const hex = await one('{"mem_usage_limit": 0x800}');
    expect(span(hex)).toBe('1:21-1:26');
    expect(hex.message).toContain('decimal (2048)');
    expect(span(await one('{"mem_usage_limit": +384}'))).toBe('1:21-1:25');
  });

  it('reports one finding per distinct problem', async () => {
    const found = await findings({ [F]: "{'a': 1, b: 2, \"c\": NaN}" }, rule);
    expect(found.map(span)).toEqual(['1:2-1:5', '1:10-1:11', '1:21-1:24']);
  });

  it('reports bad escapes such as unescaped Windows paths', async () => {
    const d = await one('{"check_point_filename": "C:\\LogtailData\\cp"}');
    expect(span(d)).toBe('1:29-1:31');
    expect(d.message).toContain('"\\\\L"');
  });

  it('reports text copied from docs: "..." lines and markdown escapes, without cascades', async () => {
    const dots = await one('{\n  "cpu_usage_limit": 0.4,\n  ...\n}\n');
    expect(span(dots)).toBe('3:3-3:6');
    expect(dots.message).toContain('Unexpected "..."');
    const md = await one('{"config_server_address": "http://$\\{domain\\}"}');
    expect(md.message).toContain('markdown escape');
  });

  it('reports missing commas, colons and values', async () => {
    expect(span(await one('{"a": 1\n "b": 2}'))).toBe('2:2-2:5');
    expect(span(await one('{"a" 1}'))).toBe('1:2-1:5');
    expect(span(await one('{"a": }'))).toBe('1:7-1:8');
    expect(span(await one('{"a": [1 2]}'))).toBe('1:10-1:11');
  });

  it('reports an unclosed object at its "{"', async () => {
    const d = await one('{\n  "data_server_list": [\n    {"cluster": "cn-hangzhou"\n  ]\n}\n');
    expect(d.message).toContain('never closed');
    expect(span(d)).toBe('3:5-3:6');
  });

  it('reports an unterminated string and comment', async () => {
    expect(span(await one('{"a": "abc'))).toBe('1:7-1:8');
    expect(span(await one('{"a": 1 /* open'))).toBe('1:9-1:11');
  });

  it('reports a "}" after the root that the pre-check counts', async () => {
    const d = await one('{"cpu_usage_limit": 0.4}\n}\n');
    expect(span(d)).toBe('2:1-2:2');
    expect(d.message).toMatch(/pre-check.*negative/);
  });

  it('reports nesting deeper than jsoncpp\'s stackLimit once', async () => {
    const deep = '{"a":' + '['.repeat(1200) + ']'.repeat(1200) + '}';
    const d = await one(deep);
    expect(d.message).toContain('stackLimit=1000');
  });

  it('leaves problems with their own rule to that rule', async () => {
    for (const text of ['\uFEFF{}', '\r\n{}', '// x\n{}', '{\n// "\n}', '{"a":1,}', '[{}]', '{"a":1,"a":2}', '{} x']) {
      expect(await findings({ [F]: text }, rule), JSON.stringify(text)).toEqual([]);
    }
  });

  it('accepts what the agent accepts: comments inside, CRLF, raw newlines in strings, leading zeros', async () => {
    const text = '{\r\n  // comment\r\n  /* block */ "working_hostname": "a\nb",\r\n  "mem_usage_limit": 0384\r\n}\r\n';
    expect(await findings({ [F]: text }, rule)).toEqual([]);
  });
});
