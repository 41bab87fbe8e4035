import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, internet, intranet, raw, ODD_SHAPES } from '../endpoint/agent-config.js';

const ID = 'region/decommissioning';

describe('region/decommissioning', () => {
  it('cn-nanjing and cn-fuzhou: a warning at the first place', async () => {
    const [d, ...more] = await findings(intranet('cn-nanjing'), ID);
    expect(more).toEqual([]);
    expect(d.severity).toBe('warning');
    expect(span(d)).toBe('2:28-2:81');
    expect(d.message).toContain('Region `cn-nanjing` (Nanjing (Local Region)) is being decommissioned');
    expect(d.message).toContain('date unknown');
    expect(d.related?.map((r) => r.message)).toEqual(['`data_server_list[0].cluster` also names `cn-nanjing`', '`data_server_list[0].endpoint` also names `cn-nanjing`']);
    const [f] = await findings(internet('cn-fuzhou'), ID);
    expect(f.message).toContain('cn-fuzhou');
  });

  it('only the cluster names it', async () => {
    const [d] = await findings(classic('http://logs-gw.example.com', 'cn-fuzhou', '10.1.2.3'), ID);
    expect(span(d)).toBe('5:18-5:29');
    expect(d.related).toEqual([]);
  });

  it('not for other regions; odd shapes do not throw', async () => {
    for (const r of ['cn-hangzhou', 'ap-southeast-2', 'cn-wuhan-lr']) expect(await findings(intranet(r), ID)).toEqual([]);
    for (const text of ODD_SHAPES) expect(await findings(raw(text), ID)).toEqual([]);
  });
});
