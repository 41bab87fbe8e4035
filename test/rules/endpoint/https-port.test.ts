import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, internet, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/https-port';
const with_ = (endpoint: string, port: string) => classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', endpoint, `,\n  "data_server_port": ${port}`);

describe('endpoint/https-port', () => {
  it('data_server_port 80 with an https:// endpoint: still HTTPS on 443', async () => {
    const [d, ...more] = await findings(with_('https://cn-hangzhou.log.aliyuncs.com', '80'), ID);
    expect(more).toEqual([]);
    expect(d.severity).toBe('info');
    expect(span(d)).toBe('9:23-9:25');
    expect(d.pointer).toBe('/data_server_port');
    expect(d.message).toContain('with port 80 the agent still sends to an `https://` endpoint over HTTPS on port 443');
    expect(d.related?.map(span)).toEqual(['6:19-6:57']);
  });

  it('data_server_port 443 with an http:// endpoint: contradictory', async () => {
    const [d] = await findings(with_('http://cn-hangzhou.log.aliyuncs.com', '443'), ID);
    expect(span(d)).toBe('9:23-9:26');
    expect(d.message).toContain('Logtail 1.0.10 or later');
    expect(d.message).toContain('Which of the two wins is not documented');
  });

  it('combinations that say the same thing are silent; odd shapes', async () => {
    for (const tree of [
      with_('cn-hangzhou.log.aliyuncs.com', '443'),
      with_('https://cn-hangzhou.log.aliyuncs.com', '443'),
      with_('http://cn-hangzhou.log.aliyuncs.com', '80'),
      with_('cn-hangzhou.log.aliyuncs.com', '80'),
      with_('https://cn-hangzhou.log.aliyuncs.com', '"80"'),
      with_('https://cn-hangzhou.log.aliyuncs.com', '8080'),
      internet('cn-hangzhou'),
      classic('https://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
