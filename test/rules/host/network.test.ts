import { describe, expect, it } from 'vitest';
import unreachable from '../../../src/rules/host/network-unreachable.js';
import internetOnEcs from '../../../src/rules/host/internet-on-ecs.js';
import { Doc, fleetOf, relatedSpans, runRule, span } from '../../model/fixtures.js';
import { hostConfig } from './scene.js';

const cfg = (host: object) => {
  const text = `{\n  "hosts": [${JSON.stringify({ path: 'hosts/web', ...host })}]\n}\n`;
  return { configFile: '/repo/.logtail-lint.json', hosts: [{ path: 'hosts/web', ...host }], doc: new Doc('.logtail-lint.json', text, 'json') };
};
const lint = (rule: typeof unreachable, network: 'intranet' | 'internet', host: object, region = 'cn-hangzhou') => {
  const { doc, ...c } = cfg(host);
  return runRule(rule, fleetOf({ agentConfigs: [hostConfig('hosts/web', region, network)] }, c, [doc]));
};

describe('host/network-unreachable', () => {
  it('reports an intranet endpoint on a host declared not ECS', () => {
    const found = lint(unreachable, 'intranet', { ecs: false });
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('hosts/web/usr/local/ilogtail/ilogtail_config.json');
    expect(span(d)).toBe('6:19-6:58');
    expect(d.pointer).toBe('/data_server_list/0/endpoint');
    expect(d.message).toContain('hosts/web is declared not to be an ECS instance (.logtail-lint.json:2)');
    expect(d.message).toContain('"cn-hangzhou.log.aliyuncs.com"');
    expect(d.message).toContain('logtail.sh install cn-hangzhou-internet');
    expect(relatedSpans(d)).toEqual(['.logtail-lint.json@2:13-2:45']);
  });

  it('reports an intranet endpoint of another region than the ECS instance', () => {
    const found = lint(unreachable, 'intranet', { ecs: true, region: 'cn-beijing' });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('declared an ECS instance in cn-beijing');
    expect(found[0].message).toContain('serves only hosts of its own region (cn-hangzhou)');
  });

  it('is silent for intranet on same-region ECS, internet anywhere, and undeclared hosts', () => {
    expect(lint(unreachable, 'intranet', { ecs: true, region: 'cn-hangzhou' })).toEqual([]);
    expect(lint(unreachable, 'internet', { ecs: false })).toEqual([]);
    expect(lint(unreachable, 'intranet', { ecs: true })).toEqual([]);
    expect(runRule(unreachable, fleetOf({ agentConfigs: [hostConfig('hosts/web', 'cn-hangzhou')] }))).toEqual([]);
  });
});

describe('host/internet-on-ecs', () => {
  it('notes the Internet endpoint on a same-region ECS instance', () => {
    const found = lint(internetOnEcs, 'internet', { ecs: true, region: 'cn-hangzhou' });
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('6:19-6:49');
    expect(found[0].message).toContain('"cn-hangzhou-intranet.log.aliyuncs.com" (install parameter `cn-hangzhou`)');
    expect(relatedSpans(found[0])).toEqual(['.logtail-lint.json@2:13-2:67']);
  });

  it('is silent for other regions, non-ECS hosts, intranet, and hosts without a declared region', () => {
    expect(lint(internetOnEcs, 'internet', { ecs: true, region: 'cn-beijing' })).toEqual([]);
    expect(lint(internetOnEcs, 'internet', { ecs: false, region: 'cn-hangzhou' })).toEqual([]);
    expect(lint(internetOnEcs, 'intranet', { ecs: true, region: 'cn-hangzhou' })).toEqual([]);
    expect(lint(internetOnEcs, 'internet', { ecs: true })).toEqual([]);
  });
});
