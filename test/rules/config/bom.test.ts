import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';

describe('config/bom', () => {
  it('reports a UTF-8 BOM at the start, with a fix that deletes it', async () => {
    const found = await findings({ [F]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"cpu_usage_limit": 0.4}\n')]) }, 'config/bom');
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:1-1:1');
    expect(found[0].severity).toBe('error');
    expect(found[0].message).toMatch(/byte order mark.*built-in defaults.*without BOM/);
    expect(found[0].fix?.edits).toEqual([{ range: [0, 1], text: '' }]);
  });

  it('also reports the BOM of a BOM-only file (which is empty as well)', async () => {
    const found = await findings({ [F]: Buffer.from([0xef, 0xbb, 0xbf]) }, 'config/bom');
    expect(found.map(span)).toEqual(['1:1-1:1']);
  });

  it('does not report a file without BOM, or a BOM-like character later in the file', async () => {
    expect(await findings({ [F]: '{"working_hostname": "\uFEFFweb"}\n' }, 'config/bom')).toEqual([]);
  });

  it('works for loongcollector_config.json and instance_config files too', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const found = await findings(
      {
        'lc/loongcollector_config.json': Buffer.concat([bom, Buffer.from('{}')]),
        'lc/conf/instance_config/local/extra.json': Buffer.concat([bom, Buffer.from('{}')]),
      },
      'config/bom',
    );
    expect(found.map((d) => d.file).sort()).toEqual(['lc/conf/instance_config/local/extra.json', 'lc/loongcollector_config.json']);
  });
});
