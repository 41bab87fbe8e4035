import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { configSearchStart, resolveConfig, UsageError } from '../../src/config/load.js';
import { writeTree } from '../helpers.js';

const known = new Set(['file/binary', 'file/too-large']);

describe('config', () => {
  it('is found from the working directory upward, and JSONC is accepted', () => {
    const root = writeTree({
      '.logtail-lint.json': '{\n  // comments are fine\n  "rules": { "file/binary": "warn", },\n  "ignores": ["vendor/", "*.bak"],\n}\n',
      'a/b/.keep': '',
    });
    const cfg = resolveConfig(path.join(root, 'a/b'), {}, known);
    expect(cfg.configFile).toBe(path.join(root, '.logtail-lint.json'));
    expect(cfg.rules).toEqual({ 'file/binary': 'warning' });
    // Patterns stay relative to the config file's folder, whatever the working directory.
    expect(cfg.ignores).toEqual([{ base: root, patterns: ['vendor/', '*.bak'] }]);
  });

  it('keeps config ignores relative to the config folder and --ignore-pattern relative to cwd', () => {
    const root = writeTree({ 'sub/.logtail-lint.json': '{ "ignores": ["gen/", "/top.tf", "!keep"] }' });
    const cfg = resolveConfig(root, { configFile: 'sub/.logtail-lint.json', ignores: ['tmp/'] }, known);
    expect(cfg.ignores).toEqual([
      { base: path.join(root, 'sub'), patterns: ['gen/', '/top.tf', '!keep'] },
      { base: root, patterns: ['tmp/'] },
    ]);
  });

  it('command-line rules override the file', () => {
    const root = writeTree({ '.logtail-lint.json': '{ "rules": { "file/binary": "off" } }' });
    expect(resolveConfig(root, { rules: { 'file/binary': 'error' } }, known).rules['file/binary']).toBe('error');
  });

  it.each([
    ['{ "rulez": {} }', /\.logtail-lint\.json:1:1: invalid config at \/: unknown property "rulez"/],
    ['{\n  "maxFileSize": "big"\n}', /\.logtail-lint\.json:2:18: invalid config at \/maxFileSize: must be integer/],
    ['{ "rules": { "file/binary": "loud" } }', /\.logtail-lint\.json:1:29: invalid config at \/rules\/file~1binary/],
    ['{ "a": ', /\.logtail-lint\.json:1:8: invalid JSON in config file \(ValueExpected\)/],
    ['{ "rules": { "file/nope": "off" } }', /Unknown rule "file\/nope"/],
    ['{ "editions": [{ "path": "docker/", "edition": "open-source" }] }', /invalid config at \/editions\/0\/edition: must be equal to one of the allowed values/],
    ['{ "editions": [{ "edition": "community" }] }', /invalid config at \/editions\/0: must have required property 'path'/],
  ])('rejects %s with a positioned message', (text, message) => {
    const root = writeTree({ '.logtail-lint.json': text });
    expect(() => resolveConfig(root, {}, known)).toThrow(UsageError);
    expect(() => resolveConfig(root, {}, known)).toThrow(message);
  });

  it('editions[] are kept in order, each with where it is written', () => {
    const root = writeTree({ '.logtail-lint.json': '{\n  "editions": [\n    { "path": "example_config/", "edition": "community" }\n  ]\n}\n' });
    const cfg = resolveConfig(root, {}, known);
    expect(cfg.editions).toEqual([{ path: 'example_config/', edition: 'community' }]);
    expect(cfg.places['/editions/0']).toEqual({ start: { line: 3, column: 5 }, end: { line: 3, column: 58 } });
  });

  it('a missing --config file is a usage error', () => {
    expect(() => resolveConfig(writeTree({}), { configFile: 'nope.json' }, known)).toThrow('Config file not found: nope.json');
  });
});

describe('configSearchStart', () => {
  it('is the deepest folder holding every path argument, ignoring glob parts', () => {
    const root = writeTree({ 'examples/hosts/a/ilogtail_config.json': '{}', 'examples/k8s/x.yaml': '' });
    expect(configSearchStart(root, [])).toBe(root);
    expect(configSearchStart(root, ['examples/'])).toBe(path.join(root, 'examples'));
    expect(configSearchStart(root, ['examples/hosts/a/ilogtail_config.json', 'examples/k8s/'])).toBe(path.join(root, 'examples'));
    expect(configSearchStart(root, ['examples/**/*.json'])).toBe(path.join(root, 'examples'));
    expect(configSearchStart(root, ['examples/k8s', 'other'])).toBe(root);
  });
});
