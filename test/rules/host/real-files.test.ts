/** host/ rules on real files, through discovery, the readers and the model. */
import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const INTRANET = `{
  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" }],
  "working_ip": "10.0.0.5"
}
`;

describe('host/ rules on real files', () => {
  it('network-unreachable: an intranet endpoint on a declared non-ECS host, with the declaration as related', async () => {
    const found = await findings(
      {
        '.logtail-lint.json': '{\n  "hosts": [{ "path": "hosts/*", "ecs": false }]\n}\n',
        'hosts/idc/usr/local/ilogtail/ilogtail_config.json': INTRANET,
      },
      'host/network-unreachable',
    );
    expect(found.map((d) => [d.file, span(d), d.pointer])).toEqual([['hosts/idc/usr/local/ilogtail/ilogtail_config.json', '3:64-3:103', '/data_server_list/0/endpoint']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([['.logtail-lint.json', '2:13-2:48']]);
  });

  it('app-info-ip-mismatch: app_info.json next to a config with another working_ip', async () => {
    const found = await findings(
      {
        'hosts/db/usr/local/ilogtail/ilogtail_config.json': INTRANET,
        'hosts/db/usr/local/ilogtail/app_info.json': '{\n  "hostname": "db-1",\n  "ip": "172.16.0.5"\n}\n',
      },
      'host/app-info-ip-mismatch',
    );
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/db/usr/local/ilogtail/app_info.json', '3:9-3:21']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([['hosts/db/usr/local/ilogtail/ilogtail_config.json', '4:17-4:27']]);
  });

  it('internet-on-ecs: a same-region ECS host on the Internet endpoint', async () => {
    const found = await findings(
      {
        '.logtail-lint.json': '{ "hosts": [{ "path": "hosts/web", "region": "cn-hangzhou" }] }\n',
        'hosts/web/usr/local/ilogtail/ilogtail_config.json': INTRANET.replace(/-intranet/g, ''),
      },
      'host/internet-on-ecs',
    );
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/web/usr/local/ilogtail/ilogtail_config.json', '3:64-3:94']]);
  });
});
