import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/value-rejected';

describe('config/value-rejected', () => {
  it('reports force_quit_read_timeout of 600 or less', async () => {
    const found = await findings({ [F]: '{"force_quit_read_timeout": 600}' }, rule);
    expect(found.map(span)).toEqual(['1:29-1:32']);
    expect(found[0].message).toMatch(/600 or less are rejected.*above 600/);
    expect(await findings({ [F]: '{"force_quit_read_timeout": 601}' }, rule)).toEqual([]);
  });

  it('reports max_read_buffer_size outside [10240, 1 GiB]', async () => {
    expect((await findings({ [F]: '{"max_read_buffer_size": 10239}' }, rule)).map(span)).toEqual(['1:26-1:31']);
    expect(await findings({ [F]: '{"max_read_buffer_size": 1073741825}' }, rule)).toHaveLength(1);
    expect(await findings({ [F]: '{"max_read_buffer_size": 10240}' }, rule)).toEqual([]);
    expect(await findings({ [F]: '{"max_read_buffer_size": 1073741824}' }, rule)).toEqual([]);
  });

  it('reports ConfigServer entries that are not host:port, fixing a scheme prefix', async () => {
    const text = '{"ilogtail_configserver_address": ["http://10.0.0.5:8899", "10.0.0.6:8899", "[::1]:8899", "h:70000"]}';
    const found = await findings({ [F]: text }, rule);
    expect(found.map(span)).toEqual(['1:36-1:58', '1:77-1:89', '1:91-1:100']);
    expect(found[0].fix?.edits).toEqual([{ range: [35, 57], text: '"10.0.0.5:8899"' }]);
    expect(found[1].fix).toBeUndefined();
  });

  it('checks config_server_list endpoint_list entries too', async () => {
    const found = await findings({ [F]: '{"config_server_list": [{"cluster": "c", "endpoint_list": ["https://h:443/"]}]}' }, rule);
    expect(found.map((d) => d.pointer)).toEqual(['/config_server_list/0/endpoint_list/0']);
    expect(found[0].fix?.edits[0].text).toBe('"h:443"');
  });
});
