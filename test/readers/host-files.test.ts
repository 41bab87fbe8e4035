import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../src/facts/index.js';
import { appInfoReader } from '../../src/readers/app-info.js';
import { userDefinedIdReader } from '../../src/readers/user-defined-id.js';
import { usersEntryReader } from '../../src/readers/users-entry.js';
import { span, textFile, v } from './util.js';

function udi(content: string | Uint8Array) {
  const facts = emptyFacts();
  userDefinedIdReader.read(textFile('etc/ilogtail/user_defined_id', content, 'user-defined-id'), facts);
  expect(facts.userDefinedIds).toHaveLength(1);
  return facts.userDefinedIds[0];
}

describe('user_defined_id reader', () => {
  it('keeps one ID per LF line, trims spaces only, keeps CR and tabs', () => {
    const f = udi('  web-1  \n\tdb\t\r\nx y\n');
    // The range is the identifier's, spaces and a trailing CR excluded.
    expect(f.lines.map((l) => [l.line, l.raw, l.id, l.idStart, span(l), l.unread])).toEqual([
      [1, '  web-1  ', 'web-1', 2, '1:3-1:8', false],
      [2, '\tdb\t\r', '\tdb\t\r', 10, '2:1-2:5', false],
      [3, 'x y', 'x y', 16, '3:1-3:4', false],
    ]);
    expect(f.hasCrlf).toBe(true);
    expect(f.hasBom).toBe(false);
    expect(f.byteLength).toBe(20);
  });

  it('keeps empty lines (id "") but not the piece after the final LF', () => {
    const f = udi('a\n\n   \nb');
    expect(f.lines.map((l) => [l.raw, l.id, span(l)])).toEqual([
      ['a', 'a', '1:1-1:2'],
      ['', '', '2:1-2:1'],
      ['   ', '', '3:4-3:4'],
      ['b', 'b', '4:1-4:2'],
    ]);
    expect(f.hasCrlf).toBe(false);
  });

  it('an empty file has no lines', () => {
    expect(udi('').lines).toEqual([]);
    expect(udi('\n').lines.map((l) => l.raw)).toEqual(['']);
  });

  it('flags a BOM and keeps it in the first ID, as the agent does', () => {
    const f = udi(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]));
    expect(f.hasBom).toBe(true);
    expect(f.lines[0].id).toBe('\uFEFFa');
    expect(f.byteLength).toBe(5);
  });

  it('marks lines that start past the first 8192 bytes (counted in UTF-8), and keeps only the read part of a cut line', () => {
    // 4095 two-byte characters + LF = 8191 bytes; line 2 starts at byte 8191 and is cut by the limit.
    const f = udi('é'.repeat(4095) + '\nab\ncd\n');
    expect(f.lines.map((l) => [l.line, l.id.length, l.unread, l.cut])).toEqual([
      [1, 4095, false, false],
      [2, 1, false, true],
      [3, 2, true, false],
    ]);
    expect(f.lines[1].id).toBe('a');
    expect(f.readLimitOffset).toBe(4097);
    expect(span(f.lines[2])).toBe('3:1-3:3');
  });

  it('a line starting exactly at byte 8192 is beyond the limit', () => {
    const f = udi('a'.repeat(8191) + '\nb');
    expect(f.lines[1].unread).toBe(true);
    expect(udi('a'.repeat(8190) + '\nb').lines[1].unread).toBe(false);
  });

  it('counts UTF-8 bytes for the limit, a BOM included', () => {
    expect(udi('\uFEFF' + 'a'.repeat(8189)).readLimitOffset).toBeUndefined();
    expect(udi('\uFEFF' + 'a'.repeat(8190)).readLimitOffset).toBe(8190);
    expect(udi('é'.repeat(4097)).readLimitOffset).toBe(4096);
  });

  it('reads a huge file without trouble', () => {
    const f = udi('id\n'.repeat(200_000));
    expect(f.lines).toHaveLength(200_000);
    expect(f.lines.filter((l) => !l.unread)).toHaveLength(2731); // ceil(8192 / 3)
  });
});

describe('users-entry reader', () => {
  it('records an entry: its name, folder, type and size', () => {
    const facts = emptyFacts();
    const f = textFile('hosts/web/etc/ilogtail/users/1234567890123456', '', 'users-entry', { isDirectory: false });
    usersEntryReader.read({ ...f, size: 3 }, facts);
    usersEntryReader.read(textFile('hosts/web/etc/ilogtail/users/sub', '', 'users-entry', { isDirectory: true }), facts);
    expect(facts.usersEntries).toEqual([
      { file: 'hosts/web/etc/ilogtail/users/1234567890123456', dir: 'hosts/web/etc/ilogtail/users', name: '1234567890123456', isDirectory: false, size: 3 },
      { file: 'hosts/web/etc/ilogtail/users/sub', dir: 'hosts/web/etc/ilogtail/users', name: 'sub', isDirectory: true, size: 0 },
    ]);
  });

  it('records the users/ folder itself with usersDir', () => {
    const facts = emptyFacts();
    usersEntryReader.read(textFile('etc/ilogtail/users', '', 'users-entry', { isDirectory: true, usersDir: true }), facts);
    expect(facts.usersEntries).toEqual([{ file: 'etc/ilogtail/users', dir: 'etc/ilogtail/users', name: 'users', isDirectory: true, size: 0, usersDir: true }]);
  });
});

describe('app_info.json reader', () => {
  const read = (content: string | Uint8Array) => {
    const facts = emptyFacts();
    appInfoReader.read(textFile('hosts/a/usr/local/ilogtail/app_info.json', content, 'app-info'), facts);
    return facts;
  };

  it('reads ip, hostname and logtail_version with ranges', () => {
    const facts = read('{\n  "hostname" : "web-1",\n  "ip" : "10.0.0.5",\n  "logtail_version" : "1.8.7",\n  "UUID" : "X"\n}\n');
    const f = facts.appInfos[0];
    expect(v(f.ip)).toBe('"10.0.0.5" @3:10-3:20');
    expect(v(f.hostname)).toBe('"web-1" @2:16-2:23');
    expect(v(f.version)).toBe('"1.8.7" @4:23-4:30');
    expect(facts.parseProblems).toEqual([]);
  });

  it('reads loongcollector_version', () => {
    const f = read('{"ip":"10.0.0.5","loongcollector_version":"3.0.1"}').appInfos[0];
    expect(v(f.version)).toBe('"3.0.1" @1:43-1:50');
    expect(f.hostname).toBeUndefined();
  });

  it('records a parse problem for broken JSON and still keeps the file', () => {
    const facts = read('{"ip": "10.0.0.5",, }');
    expect(facts.appInfos).toHaveLength(1);
    expect(facts.parseProblems).toHaveLength(1);
    expect(facts.parseProblems[0]).toMatchObject({ file: 'hosts/a/usr/local/ilogtail/app_info.json', format: 'json', message: 'JSON syntax error: property name expected.' });
    expect(span(facts.parseProblems[0])).toBe('1:19-1:20');
    expect(v(facts.appInfos[0].ip)).toBe('"10.0.0.5" @1:8-1:18');
  });

  it('reads past a BOM and does not throw on junk', () => {
    const f = read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"ip":"1.2.3.4"}')])).appInfos[0];
    expect(v(f.ip)).toBe('"1.2.3.4" @1:7-1:16');
    expect(() => read('[' .repeat(5000))).not.toThrow();
    expect(read('').parseProblems).toEqual([]);
    expect(read('"just a string"').appInfos[0].ip).toBeUndefined();
  });
});
