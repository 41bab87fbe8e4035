import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, FILE, internet, intranet, loong, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/malformed';
const CS_HZ = 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com';
const EP_HZ = 'cn-hangzhou-intranet.log.aliyuncs.com';
const data = (endpoint: string) => classic(CS_HZ, 'cn-hangzhou', endpoint);
const config = (address: string) => classic(address, 'cn-hangzhou', EP_HZ);
const fixed = async (tree: ReturnType<typeof data>) => (await findings(tree, ID)).map((d) => d.fix?.edits[0]?.text);

describe('endpoint/malformed', () => {
  it('empty values', async () => {
    const found = await findings(classic('', 'cn-hangzhou', ''), ID);
    expect(found.map(span)).toEqual(['2:28-2:30', '6:19-6:21']);
    expect(found[0].message).toBe("`config_server_address`: the value is empty, so the agent has no host to fetch collection configs from. Write the endpoint the installer writes for the project's region.");
    expect(found[1].message).toContain('no host to send logs from');
    expect(found.every((d) => d.severity === 'error' && d.fix === undefined)).toBe(true);
  });

  it('http:// with nothing after it', async () => {
    const [d, ...more] = await findings(config('http://'), ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('2:28-2:37');
    expect(d.message).toContain('`http://` has nothing after the scheme');
    expect(d.message).toContain('falls back to its default');
  });

  it('whitespace: leading/trailing is trimmed by the fix, inner whitespace is not fixable', async () => {
    const tree = data(` ${EP_HZ} `);
    const [d] = await findings(tree, ID);
    expect(span(d)).toBe('6:19-6:60');
    expect(d.message).toContain('leading or trailing whitespace');
    const start = (tree[FILE] as string).indexOf(`" ${EP_HZ}`);
    expect(d.fix?.edits).toEqual([{ range: [start, start + 41], text: `"${EP_HZ}"` }]);
    const inner = await findings(data('cn-hangzhou-intranet .log.aliyuncs.com'), ID);
    expect(inner.map((x) => x.message.includes('whitespace') && x.fix === undefined)).toContain(true);
  });

  it('schemes: unsupported (an upper-case one is endpoint/non-canonical: its effect is inferred)', async () => {
    const [tcp] = await findings(data(`tcp://${EP_HZ}`), ID);
    expect(tcp.message).toContain('scheme `tcp://` is not supported');
    expect(tcp.fix).toBeUndefined();
    expect(await findings(config('HTTP://logtail.cn-hangzhou-intranet.log.aliyuncs.com'), ID)).toEqual([]);
    const [upper] = await findings(config('HTTP://logtail.cn-hangzhou-intranet.log.aliyuncs.com'), 'endpoint/non-canonical');
    expect(span(upper)).toBe('2:28-2:82');
    expect(upper.message).toContain('`http://HTTP://…`');
    expect(upper.fix?.edits[0].text).toBe(`"${CS_HZ}"`);
  });

  it('invalid port and host', async () => {
    const [port] = await findings(data('cn-hangzhou.log.aliyuncs.com:http'), ID);
    expect(port.message).toContain('port `http` is not a number');
    const [host] = await findings(data('cn_hangzhou.log.aliyuncs.com'), ID);
    expect(host.message).toContain('`cn_hangzhou.log.aliyuncs.com` is not a valid host name');
  });

  it('install suffix in the host: fixed to what the installer writes for that parameter', async () => {
    expect(await fixed(data('cn-hangzhou-acceleration.log.aliyuncs.com'))).toEqual(['"log-global.aliyuncs.com"']);
    expect(await fixed(data('https://cn-hangzhou-internet.log.aliyuncs.com'))).toEqual(['"https://cn-hangzhou.log.aliyuncs.com"']);
    expect(await fixed(data('cn-hangzhou-inner.log.aliyuncs.com'))).toEqual(['"cn-hangzhou-share.log.aliyuncs.com"']);
    expect(await fixed(config('http://logtail.cn-hangzhou-acceleration.log.aliyuncs.com'))).toEqual(['"http://logtail.cn-hangzhou.log.aliyuncs.com"']);
    expect(await fixed(config('http://cn-hangzhou-internet.log.aliyuncs.com'))).toEqual(['"http://logtail.cn-hangzhou.log.aliyuncs.com"']);
    const [d] = await findings(data('cn-hangzhou-acceleration.log.aliyuncs.com'), ID);
    expect(span(d)).toBe('6:19-6:62');
    expect(d.message).toContain('the host carries the install parameter `cn-hangzhou-acceleration`');
    expect(d.message).toContain('For `install cn-hangzhou-acceleration` the installer writes `log-global.aliyuncs.com` here.');
  });

  it('aliyuncs.com hosts that are no SLS endpoint', async () => {
    const [d] = await findings(data('oss-cn-hangzhou.aliyuncs.com'), ID);
    expect(span(d)).toBe('6:19-6:49');
    expect(d.message).toContain('is an aliyuncs.com host but not an SLS endpoint form');
    expect(d.fix).toBeUndefined();
  });

  it('config server without logtail.: endpoint/non-canonical (a warning), fixed by adding it', async () => {
    expect(await findings(config('https://cn-hangzhou-intranet.log.aliyuncs.com'), ID)).toEqual([]);
    const [d, ...more] = await findings(config('https://cn-hangzhou-intranet.log.aliyuncs.com'), 'endpoint/non-canonical');
    expect(more).toEqual([]);
    expect(span(d)).toBe('2:28-2:75');
    expect(d.message).toContain('lacks the `logtail.` prefix');
    expect(d.fix?.edits[0].text).toBe('"https://logtail.cn-hangzhou-intranet.log.aliyuncs.com"');
  });

  it('LoongCollector config_servers and endpoint_list', async () => {
    const tree = loong('cn-beijing', 'http://cn-beijing.log.aliyuncs.com', 'cn-beijing', ['', 'http://']);
    const found = await findings(tree, ID);
    expect(found.map((d) => d.pointer)).toEqual(['/data_servers/0/endpoint_list/0', '/data_servers/0/endpoint_list/1']);
    expect(found.map(span)).toEqual(['7:25-7:27', '7:29-7:38']);
    // The config server without `logtail.` is a warning of endpoint/non-canonical.
    expect((await findings(tree, 'endpoint/non-canonical')).map((d) => [d.pointer, span(d)])).toEqual([['/config_servers/0', '3:22-3:58']]);
  });

  it('leaves valid, https, trailing-slash, custom, log-global and idpt values alone', async () => {
    for (const tree of [
      intranet('cn-hangzhou'),
      internet('cn-shanghai-finance-1'),
      classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com/'),
      classic('http://10.0.0.5:8080', 'cn-hangzhou', 'gw.example.com'),
      classic('http://log-global.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'),
      classic('http://log.cn-hangzhou-idpt-2.idptcloud01cs.com', 'cn-hangzhou-idpt-2', 'log.cn-hangzhou-idpt-2.idptcloud01cs.com'),
      classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com'),
      raw('{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"}'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
  });

  it('one-line configs and odd shapes', async () => {
    const [d] = await findings(raw('{"config_server_address":"http://","data_server_list":[{"cluster":"cn-hangzhou","endpoint":"cn-hangzhou.log.aliyuncs.com"}]}'), ID);
    expect(span(d)).toBe('1:26-1:35');
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
