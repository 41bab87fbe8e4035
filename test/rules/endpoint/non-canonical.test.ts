import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, internet, intranet, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/non-canonical';
const CS = 'http://logtail.cn-hangzhou.log.aliyuncs.com';
const data = (endpoint: string) => classic(CS, 'cn-hangzhou', endpoint);
const one = async (tree: ReturnType<typeof data>) => {
  const found = await findings(tree, ID);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('endpoint/non-canonical', () => {
  it('a project prefix (API host form): fix drops it', async () => {
    const d = await one(data('my-proj.cn-hangzhou.log.aliyuncs.com'));
    expect(d.severity).toBe('warning');
    expect(span(d)).toBe('6:19-6:57');
    expect(d.message).toContain('the host starts with `my-proj.` before the region');
    expect(d.fix?.edits[0].text).toBe('"cn-hangzhou.log.aliyuncs.com"');
  });

  it('logtail. on a data host: fix drops it', async () => {
    const d = await one(data('logtail.cn-hangzhou.log.aliyuncs.com'));
    expect(d.fix?.edits[0].text).toBe('"cn-hangzhou.log.aliyuncs.com"');
  });

  it('upper case (config server: the installer needs lower case) and a trailing dot', async () => {
    const upper = await one(classic('http://logtail.CN-Hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'));
    expect(span(upper)).toBe('2:28-2:73');
    expect(upper.message).toContain('`^[0-9a-z-]+$`');
    expect(upper.fix?.edits[0].text).toBe(`"${CS}"`);
    const dot = await one(data('cn-hangzhou.log.aliyuncs.com.'));
    expect(dot.fix?.edits[0].text).toBe('"cn-hangzhou.log.aliyuncs.com"');
  });

  it('port, path and user info: no fix', async () => {
    const port = await one(data('cn-hangzhou.log.aliyuncs.com:443'));
    expect(port.message).toContain('the endpoint has a port `:443`');
    expect(port.fix).toBeUndefined();
    const path = await one(data('cn-hangzhou.log.aliyuncs.com/logstores/app'));
    expect(path.message).toContain('the endpoint has a path `/logstores/app`');
    const user = await one(data('http://ak:secret@cn-hangzhou.log.aliyuncs.com'));
    expect(user.message).toContain('user info');
    expect(user.fix).toBeUndefined();
  });

  it('legacy -vpc host: fixed to -intranet', async () => {
    const d = await one(classic('http://logtail.cn-hangzhou-vpc.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou-intranet.log.aliyuncs.com'));
    expect(span(d)).toBe('2:28-2:77');
    expect(d.message).toContain('legacy `-vpc` label');
    expect(d.fix?.edits[0].text).toBe('"http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"');
  });

  it('custom gateways may have ports and paths; installer forms are silent; odd shapes', async () => {
    for (const tree of [
      classic('http://gw.example.com:8080/sls', 'cn-hangzhou', '10.0.0.1:80'),
      intranet('cn-hangzhou'),
      internet('cn-wuhan-lr'),
      classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'log-global.aliyuncs.com'),
      classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com'),
      classic('http://gw.example.com', 'cn-hangzhou-idpt-2', 'log-internal.cn-hangzhou-idpt-2.idptcloud01cs.com'),
      data('cn-beijing.dualstack.log.aliyuncs.com'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
