import { describe, expect, it } from 'vitest';
import {
  endpointFor,
  NETWORK_TYPES,
  parseEndpoint,
  regionOfHost,
  standardizeEndpoint,
  type NetworkType,
} from '../../src/knowledge/endpoints.js';
import { REGIONS } from '../../src/knowledge/regions.js';

const codes = (raw: string, role: 'config-server' | 'data-server' = 'data-server') =>
  parseEndpoint(raw, role).problems.map((p) => p.code);

describe('parseEndpoint: the B.2 templates (cn-hangzhou)', () => {
  it('internal network', () => {
    const cfg = parseEndpoint('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'config-server');
    expect(cfg).toMatchObject({ scheme: 'http', host: 'logtail.cn-hangzhou-intranet.log.aliyuncs.com', network: 'intranet', region: 'cn-hangzhou', regionLabel: 'cn-hangzhou', logtailPrefix: true, problems: [] });
    const data = parseEndpoint('cn-hangzhou-intranet.log.aliyuncs.com', 'data-server');
    expect(data).toMatchObject({ network: 'intranet', region: 'cn-hangzhou', logtailPrefix: false, problems: [] });
    expect(data.scheme).toBeUndefined();
  });
  it('internet', () => {
    expect(parseEndpoint('http://logtail.cn-hangzhou.log.aliyuncs.com', 'config-server')).toMatchObject({ network: 'internet', region: 'cn-hangzhou', problems: [] });
    expect(parseEndpoint('cn-hangzhou.log.aliyuncs.com', 'data-server')).toMatchObject({ network: 'internet', region: 'cn-hangzhou', problems: [] });
  });
  it('transfer acceleration: global data host, public config server', () => {
    const data = parseEndpoint('log-global.aliyuncs.com', 'data-server');
    expect(data).toMatchObject({ network: 'acceleration', problems: [] });
    expect(data.region).toBeUndefined();
    expect(data.regionLabel).toBeUndefined();
    expect(parseEndpoint('http://logtail.cn-hangzhou.log.aliyuncs.com', 'config-server').network).toBe('internet');
  });
});

describe('parseEndpoint: other network types', () => {
  it('-internal (VPC-only) and -share (inner)', () => {
    expect(parseEndpoint('http://logtail.cn-hangzhou-internal.log.aliyuncs.com', 'config-server')).toMatchObject({ network: 'internal', region: 'cn-hangzhou', problems: [] });
    expect(parseEndpoint('cn-heyuan-acdr-1-internal.log.aliyuncs.com', 'data-server')).toMatchObject({ network: 'internal', region: 'cn-heyuan-acdr-1' });
    expect(parseEndpoint('cn-shanghai-share.log.aliyuncs.com', 'data-server')).toMatchObject({ network: 'share', region: 'cn-shanghai', problems: [] });
  });
  it('dual stack', () => {
    expect(parseEndpoint('cn-beijing.dualstack.log.aliyuncs.com', 'data-server')).toMatchObject({ network: 'dualstack', region: 'cn-beijing', regionLabel: 'cn-beijing', problems: [] });
  });
  it('corp', () => {
    expect(parseEndpoint('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'config-server')).toMatchObject({ network: 'corp', region: 'cn-hangzhou-corp', problems: [] });
    expect(parseEndpoint('cn-hangzhou-corp.sls.aliyuncs.com', 'data-server')).toMatchObject({ network: 'corp', region: 'cn-hangzhou-corp', problems: [] });
  });
  it('idpt domains', () => {
    expect(parseEndpoint('log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com', 'data-server')).toMatchObject({ network: 'intranet', region: 'cn-hangzhou-idpt-2', problems: [] });
    expect(parseEndpoint('log-internal.cn-hangzhou-idpt-2.idptcloud01cs.com', 'data-server')).toMatchObject({ network: 'internal', region: 'cn-hangzhou-idpt-2' });
    expect(parseEndpoint('log.cn-hangzhou-idpt-2.idptcloud01cs.com', 'data-server')).toMatchObject({ network: 'internet', region: 'cn-hangzhou-idpt-2' });
  });
  it('legacy -vpc label', () => {
    expect(parseEndpoint('http://logtail.cn-hangzhou-vpc.log.aliyuncs.com', 'config-server')).toMatchObject({ network: 'vpc-legacy', region: 'cn-hangzhou', regionLabel: 'cn-hangzhou' });
  });
  it('custom gateway host is not a problem', () => {
    const p = parseEndpoint('http://logs.example.internal', 'config-server');
    expect(p).toMatchObject({ scheme: 'http', host: 'logs.example.internal', network: 'custom', problems: [] });
    expect(p.region).toBeUndefined();
    expect(parseEndpoint('10.0.0.5', 'data-server')).toMatchObject({ network: 'custom', problems: [] });
  });
  it('finance, gov and inferred regions with -1 / -lr in their IDs', () => {
    expect(parseEndpoint('cn-shanghai-finance-1-intranet.log.aliyuncs.com', 'data-server')).toMatchObject({ network: 'intranet', region: 'cn-shanghai-finance-1' });
    expect(parseEndpoint('cn-hangzhou-finance.log.aliyuncs.com', 'data-server')).toMatchObject({ network: 'internet', region: 'cn-hangzhou-finance' });
    expect(parseEndpoint('cn-north-2-gov-1-intranet.log.aliyuncs.com', 'data-server')).toMatchObject({ region: 'cn-north-2-gov-1' });
    expect(parseEndpoint('cn-wuhan-lr-intranet.log.aliyuncs.com', 'data-server')).toMatchObject({ region: 'cn-wuhan-lr' });
  });
});

describe('parseEndpoint: StandardizeEndpoint cases and problems', () => {
  it('https', () => {
    expect(parseEndpoint('https://logtail.cn-hangzhou.log.aliyuncs.com', 'config-server')).toMatchObject({ scheme: 'https', network: 'internet', problems: [] });
  });
  it('one trailing slash', () => {
    const p = parseEndpoint('http://logtail.cn-hangzhou.log.aliyuncs.com/', 'config-server');
    expect(p.problems).toEqual([{ code: 'trailing-slash', at: [43, 44] }]);
    expect(p.network).toBe('internet');
    expect(codes('http://logtail.cn-hangzhou.log.aliyuncs.com//', 'config-server')).toEqual(['trailing-slash', 'path-present']);
    expect(codes('cn-hangzhou.log.aliyuncs.com/logstores/x')).toEqual(['path-present']);
  });
  it('port', () => {
    const p = parseEndpoint('cn-hangzhou.log.aliyuncs.com:443', 'data-server');
    expect(p).toMatchObject({ host: 'cn-hangzhou.log.aliyuncs.com', port: 443, network: 'internet', region: 'cn-hangzhou' });
    expect(p.problems).toEqual([{ code: 'port-present', detail: '443', at: [28, 32] }]);
    expect(codes('cn-hangzhou.log.aliyuncs.com:http')).toEqual(['invalid-port']);
  });
  it('scheme with nothing after it, empty values', () => {
    expect(codes('http://', 'config-server')).toEqual(['empty-after-scheme']);
    expect(codes('https://', 'config-server')).toEqual(['empty-after-scheme']);
    expect(codes('')).toEqual(['empty']);
    expect(codes('   ')).toEqual(['whitespace', 'empty']);
  });
  it('whitespace, case, odd schemes', () => {
    const p = parseEndpoint(' cn-hangzhou.log.aliyuncs.com ', 'data-server');
    expect(p.problems.map((x) => x.code)).toEqual(['whitespace']);
    expect(p.region).toBe('cn-hangzhou');
    const upper = parseEndpoint('CN-Hangzhou-Intranet.log.aliyuncs.com', 'data-server');
    expect(upper).toMatchObject({ network: 'intranet', region: 'cn-hangzhou', regionLabel: 'CN-Hangzhou' });
    expect(upper.problems.map((x) => x.code)).toEqual(['uppercase-host']);
    expect(codes('HTTP://logtail.cn-hangzhou.log.aliyuncs.com', 'config-server')).toEqual(['uppercase-scheme']);
    expect(codes('tcp://cn-hangzhou.log.aliyuncs.com')).toEqual(['unsupported-scheme']);
    expect(codes('cn-hangzhou .log.aliyuncs.com')).toContain('invalid-host');
    expect(codes('cn-hangzhou.log.aliyuncs.com.')).toEqual(['trailing-dot']);
  });
  it('logtail. prefix expectations by role', () => {
    expect(codes('http://cn-hangzhou.log.aliyuncs.com', 'config-server')).toEqual(['missing-logtail-prefix']);
    expect(codes('logtail.cn-hangzhou.log.aliyuncs.com', 'data-server')).toEqual(['unexpected-logtail-prefix']);
    expect(codes('http://logs.example.internal', 'config-server')).toEqual([]);
  });
  it('unknown region labels, install suffixes in hosts, project prefixes, other aliyuncs hosts', () => {
    const unknown = parseEndpoint('cn-atlantis-intranet.log.aliyuncs.com', 'data-server');
    expect(unknown).toMatchObject({ network: 'intranet', regionLabel: 'cn-atlantis', problems: [] });
    expect(unknown.region).toBeUndefined();
    const acc = parseEndpoint('cn-hangzhou-acceleration.log.aliyuncs.com', 'data-server');
    expect(acc.region).toBeUndefined();
    expect(acc.problems).toEqual([{ code: 'install-suffix-in-host', detail: '-acceleration', suggestion: 'cn-hangzhou' }]);
    expect(parseEndpoint('my-proj.cn-hangzhou.log.aliyuncs.com', 'data-server')).toMatchObject({
      region: 'cn-hangzhou',
      problems: [{ code: 'extra-host-labels', detail: 'my-proj' }],
    });
    expect(parseEndpoint('oss-cn-hangzhou.aliyuncs.com', 'data-server')).toMatchObject({
      network: 'custom',
      problems: [{ code: 'unrecognized-aliyuncs-host' }],
    });
  });
});

describe('standardizeEndpoint (agent-config §6)', () => {
  it('mirrors the agent', () => {
    expect(standardizeEndpoint('cn-hangzhou.log.aliyuncs.com')).toEqual({ url: 'http://cn-hangzhou.log.aliyuncs.com', https: false });
    expect(standardizeEndpoint('https://x.example/')).toEqual({ url: 'https://x.example', https: true });
    expect(standardizeEndpoint('http://x.example//')).toEqual({ url: 'http://x.example/', https: false });
    expect(standardizeEndpoint('http://')).toBeUndefined();
    expect(standardizeEndpoint('https://')).toBeUndefined();
  });
});

describe('regionOfHost', () => {
  it('reads the label of SLS hosts, longest region first', () => {
    expect(regionOfHost('cn-shanghai-finance-1-intranet.log.aliyuncs.com')).toEqual({ label: 'cn-shanghai-finance-1', region: 'cn-shanghai-finance-1' });
    expect(regionOfHost('logtail.cn-wuhan-lr.log.aliyuncs.com')).toEqual({ label: 'cn-wuhan-lr', region: 'cn-wuhan-lr' });
    expect(regionOfHost('cn-shanghai-finance-intranet.log.aliyuncs.com')).toEqual({ label: 'cn-shanghai-finance' });
    expect(regionOfHost('cn-atlantis.log.aliyuncs.com')).toEqual({ label: 'cn-atlantis' });
    expect(regionOfHost('log-global.aliyuncs.com')).toBeUndefined();
    expect(regionOfHost('logs.example.internal')).toBeUndefined();
  });
  it('scans other hosts for a known region token', () => {
    expect(regionOfHost('logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com')).toEqual({ label: 'cn-hangzhou', region: 'cn-hangzhou' });
    expect(regionOfHost('gw.cn-hangzhou-finance.example.com')).toEqual({ label: 'cn-hangzhou-finance', region: 'cn-hangzhou-finance' });
    expect(regionOfHost('gw.cn-heyuan-acdr-1.example.com')).toEqual({ label: 'cn-heyuan-acdr-1', region: 'cn-heyuan-acdr-1' });
    expect(regionOfHost('xcn-hangzhou.example.com')).toBeUndefined();
  });
});

describe('endpointFor', () => {
  const networks = NETWORK_TYPES.map((n) => n.network);

  it('writes what the installer writes (B.1)', () => {
    expect(endpointFor('cn-hangzhou', 'intranet', 'config-server')).toBe('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com');
    expect(endpointFor('cn-hangzhou', 'intranet', 'data-server')).toBe('cn-hangzhou-intranet.log.aliyuncs.com');
    expect(endpointFor('cn-hangzhou', 'acceleration', 'config-server')).toBe('http://logtail.cn-hangzhou.log.aliyuncs.com');
    expect(endpointFor('cn-hangzhou', 'acceleration', 'data-server')).toBe('log-global.aliyuncs.com');
    expect(endpointFor('cn-hangzhou', 'share', 'config-server')).toBe('http://logtail.cn-hangzhou-share.log.aliyuncs.com');
    expect(endpointFor('cn-hangzhou-corp', 'corp', 'config-server')).toBe('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com');
    expect(endpointFor('cn-hangzhou-idpt-2', 'intranet', 'data-server')).toBe('log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com');
  });
  it('is undefined for unknown regions and undocumented forms', () => {
    expect(endpointFor('cn-atlantis', 'internet', 'data-server')).toBeUndefined();
    expect(endpointFor('us-west-1', 'dualstack', 'data-server')).toBeUndefined();
    expect(endpointFor('cn-hangzhou', 'dualstack', 'config-server')).toBeUndefined();
    expect(endpointFor('cn-hangzhou', 'corp', 'data-server')).toBeUndefined();
    expect(endpointFor('cn-hangzhou', 'custom', 'data-server')).toBeUndefined();
    expect(endpointFor('cn-hangzhou', 'vpc-legacy', 'data-server')).toBeUndefined();
    expect(endpointFor('cn-hangzhou-idpt-2', 'intranet', 'config-server')).toBeUndefined();
    expect(endpointFor('cn-heyuan-acdr-1', 'internet', 'data-server')).toBeUndefined();
  });
  it('gives every public region the five installer networks', () => {
    for (const r of REGIONS.filter((x) => x.category === 'public')) {
      for (const n of ['intranet', 'internet', 'acceleration', 'internal', 'share'] as NetworkType[]) {
        expect(endpointFor(r.id, n, 'config-server'), `${r.id} ${n}`).toBeDefined();
        expect(endpointFor(r.id, n, 'data-server'), `${r.id} ${n}`).toBeDefined();
      }
    }
  });
  it('round-trips through parseEndpoint for every active region and network', () => {
    let checked = 0;
    for (const r of REGIONS.filter((x) => x.status === 'active')) {
      for (const network of networks) {
        for (const role of ['config-server', 'data-server'] as const) {
          const e = endpointFor(r.id, network, role);
          if (e === undefined) continue;
          const p = parseEndpoint(e, role);
          const label = `${r.id} ${network} ${role}: ${e}`;
          expect(p.problems, label).toEqual([]);
          expect(p.logtailPrefix, label).toBe(role === 'config-server');
          if (network === 'acceleration' && role === 'data-server') {
            expect(p.network, label).toBe('acceleration');
            expect(p.region, label).toBeUndefined();
          } else {
            // Acceleration keeps the public config server (B.1).
            expect(p.network, label).toBe(network === 'acceleration' ? 'internet' : network);
            expect(p.region, label).toBe(r.id);
            expect(p.regionLabel, label).toBe(r.id);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(350);
  });
});
