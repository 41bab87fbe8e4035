import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/missing-data-server';
const CS = '"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"';

describe('config/missing-data-server', () => {
  it('reports a main file without data_server_list at its "{"', async () => {
    const found = await findings({ [F]: `{\n  ${CS}\n}` }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:1-1:2');
    expect(found[0].message).toMatch(/No "data_server_list".*cannot send any logs.*cluster/);
  });

  it('reports a null data_server_list at its value', async () => {
    const found = await findings({ [F]: '{"data_server_list": null}' }, rule);
    expect(found.map(span)).toEqual(['1:22-1:26']);
    expect(found[0].message).toMatch(/^"data_server_list" is null/);
  });

  it('reports an empty object', async () => {
    expect((await findings({ [F]: '{}' }, rule)).map(span)).toEqual(['1:1-1:2']);
  });

  it('reports an empty list, and entries with a missing or empty cluster or endpoint', async () => {
    expect((await findings({ [F]: `{${CS}, "data_server_list": []}` }, rule)).map(span)).toEqual(['1:103-1:105']);
    const text = `{"data_server_list": [{"endpoint": "cn-hangzhou.log.aliyuncs.com"}, {"cluster": "", "endpoint": "x"}, {"cluster": "cn-hangzhou", "endpoint": " "}]}`;
    const found = await findings({ [F]: text }, rule);
    expect(found.map((d) => [span(d), d.pointer])).toEqual([
      ['1:23-1:67', '/data_server_list/0/cluster'],
      ['1:81-1:83', '/data_server_list/1/cluster'],
      ['1:142-1:145', '/data_server_list/2/endpoint'],
    ]);
    expect(found[0].message).toContain('installer requires a non-empty cluster');
  });

  it('does not report LoongCollector-form or community-edition files', async () => {
    expect(await findings({ [F]: '{"primary_region": "cn-beijing", "config_servers": ["http://logtail.cn-beijing.log.aliyuncs.com"], "data_servers": [{"region": "cn-beijing", "endpoint_list": ["cn-beijing.log.aliyuncs.com"]}]}' }, rule)).toEqual([]);
    expect(await findings({ [F]: '{"ilogtail_configserver_address": ["10.0.0.5:8899"], "ilogtail_tags": {"env": "prod"}}' }, rule)).toEqual([]);
    expect(await findings({ [F]: '{"config_server_list": [{"cluster": "c", "endpoint_list": ["10.0.0.5:8899"]}]}' }, rule)).toEqual([]);
    expect(await findings({ [F]: '{"default_access_key_id": "x", "default_access_key": "y"}' }, rule)).toEqual([]);
    expect(await findings({ 'lc/conf/loongcollector_config.json': '{}' }, rule)).toEqual([]);
  });

  it('judges an enterprise-form loongcollector_config.json', async () => {
    const found = await findings({ 'lc/loongcollector_config.json': '{"config_servers": ["http://logtail.cn-beijing.log.aliyuncs.com"]}' }, rule);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('data_servers');
  });

  it('never reports partial files (config.d, instance_config/local)', async () => {
    expect(await findings({ 'lc/conf/instance_config/local/extra.json': '{"cpu_usage_limit": 1}' }, rule)).toEqual([]);
  });

  it('does not judge a file whose root is not an object, or a data_server_list of the wrong type', async () => {
    expect(await findings({ [F]: '[]' }, rule)).toEqual([]);
    expect(await findings({ [F]: '{"data_server_list": {"cluster": "a"}}' }, rule)).toEqual([]);
  });
});
