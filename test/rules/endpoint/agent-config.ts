/**
 * Agent config text for the region/ and endpoint/ rule tests. Each builder returns the file the
 * installer would write (B.2 layout: two-space indent, one key per line), so positions in the
 * tests can be read off the text. A builder's result is both a case's `files` and, for the fixed
 * text, its `output`.
 */
import type { ValidCase } from '../../rule-tester.js';

export const FILE = 'hosts/web/ilogtail_config.json';
export const LC_FILE = 'hosts/web/loongcollector_config.json';

/** Files of a case: path → text. */
export type Files = Record<string, string>;

/** `{ config_server_address, data_server_list: [{ cluster, endpoint }] }`, one key per line. */
export function classic(configServer: string, cluster: string, endpoint: string, extra = ''): Files {
  return {
    [FILE]:
      '{\n' +
      `  "config_server_address": ${JSON.stringify(configServer)},\n` +
      '  "data_server_list": [\n' +
      '    {\n' +
      `      "cluster": ${JSON.stringify(cluster)},\n` +
      `      "endpoint": ${JSON.stringify(endpoint)}\n` +
      '    }\n' +
      `  ]${extra}\n` +
      '}\n',
  };
}

/** The installer's template for `region` on the internal network (B.2). */
export const intranet = (region: string, extra = ''): Files =>
  classic(`http://logtail.${region}-intranet.log.aliyuncs.com`, region, `${region}-intranet.log.aliyuncs.com`, extra);

/** The installer's template for `region` on the Internet (B.2). */
export const internet = (region: string, extra = ''): Files =>
  classic(`http://logtail.${region}.log.aliyuncs.com`, region, `${region}.log.aliyuncs.com`, extra);

/** LoongCollector's form (agent-config.md §6). */
export function loong(primary: string, configServer: string, region: string, endpoints: string[]): Files {
  return {
    [LC_FILE]:
      '{\n' +
      `  "primary_region": ${JSON.stringify(primary)},\n` +
      `  "config_servers": [${JSON.stringify(configServer)}],\n` +
      '  "data_servers": [\n' +
      '    {\n' +
      `      "region": ${JSON.stringify(region)},\n` +
      `      "endpoint_list": [${endpoints.map((e) => JSON.stringify(e)).join(', ')}]\n` +
      '    }\n' +
      '  ]\n' +
      '}\n',
  };
}

/** A file as written. */
export const raw = (text: string, file = FILE): Files => ({ [file]: text });

/** A config server and several `data_server_list` entries (`[cluster, endpoint]`), one entry per line. */
export function entries(configServer: string, ...list: [cluster: string, endpoint: string][]): Files {
  const rows = list.map(([cluster, endpoint]) => `    { "cluster": ${JSON.stringify(cluster)}, "endpoint": ${JSON.stringify(endpoint)} }`);
  return raw(`{\n  "config_server_address": ${JSON.stringify(configServer)},\n  "data_server_list": [\n${rows.join(',\n')}\n  ]\n}\n`);
}

/** Odd shapes no rule may throw on, by name. */
export const ODD_SHAPE: Readonly<Record<string, string>> = {
  'an empty file': '',
  'an empty object': '{}',
  'an array': '[]',
  'a string': '"cn-hangzhou"',
  'a number': '42',
  'null': 'null',
  'wrong value types': '{"config_server_address": 1, "data_server_list": "cn-hangzhou"}',
  'wrong entry types': '{"config_server_address": null, "data_server_list": [null, 1, "x", [], {"cluster": 5, "endpoint": {}}]}',
  'LoongCollector keys of wrong types': '{"data_server_list": [{"cluster": "cn-hangzhou"}], "primary_region": [], "config_servers": {}, "data_servers": [{"region": null, "endpoint_list": "x"}]}',
  'entries without a region': '{"data_server_list": [{"endpoint": "cn-hangzhou.log.aliyuncs.com"}], "data_servers": [{"endpoint_list": [1, null, "log-global.aliyuncs.com"]}]}',
  'cut off after a key': '{"config_server_address": "http://logtail.cn-hangzhou.log.aliyuncs.com", "data_server_list": [{"cluster": "cn-hangzhou", "endpoint":',
  'cut off inside a string': '{"config_server_address": "http://',
  'an escaped scheme and a string port': '{"config_server_address": "\\u0068ttp://logtail.cn-hangzhou.log.aliyuncs.com", "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "cn-hangzhou.log.aliyuncs.com"}], "data_server_port": "443"}',
  'empty values': '{"config_server_address": "", "data_server_list": [{"cluster": "", "endpoint": ""}], "data_server_port": 443}',
  'a bare scheme, a bare suffix and colons': '{"config_server_address": "https://", "data_server_list": [{"cluster": "-intranet", "endpoint": ":::"}]}',
  'data_server_list as an object': '{"data_server_list": {"cluster": "cn-hangzhou"}}',
};

/** Every odd shape but `except` as a valid case: no finding, and no throw. */
export function oddShapes(...except: string[]): ValidCase[] {
  for (const name of except) if (!(name in ODD_SHAPE)) throw new Error(`no odd shape ${name}`);
  return Object.entries(ODD_SHAPE)
    .filter(([name]) => !except.includes(name))
    .map(([name, text]) => ({ name: `odd shape: ${name}`, files: raw(text) }));
}
