import { describe, expect, it } from 'vitest';
import { junit } from '../../src/formatters/junit.js';
import { escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from '../../src/formatters/shared.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';

describe('junit formatter', () => {
  it('emits a single passing test case for a clean run', () => {
    expect(junit([], makeContext())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="logtail-lint" tests="1" failures="0" errors="0">',
        '  <testsuite name="logtail-lint" tests="1" failures="0" errors="0">',
        '    <testcase classname="logtail-lint" name="logtail-lint"/>',
        '  </testsuite>',
        '</testsuites>',
      ].join('\n'),
    );
  });

  it('strips characters XML 1.0 cannot carry, keeping astral ones', () => {
    expect(stripInvalidXmlChars('a\u0000b\u001bc\uFFFEd\uD800e😀\tf')).toBe('abcde😀\tf');
  });

  it('escapes markup everywhere and whitespace in attributes', () => {
    expect(escapeXmlText(`<a href="x">'&'</a>\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\n');
    expect(escapeXmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('never lets a message break out of its attribute or element', () => {
    const [d] = DIAGNOSTICS;
    const out = junit([{ ...d, message: '"/><injected/>\u0001', file: 'a&b.json' }], makeContext());
    expect(out).not.toContain('<injected');
    expect(out).not.toContain('\u0001');
    expect(out).toContain('classname="a&amp;b.json"');
  });
});
