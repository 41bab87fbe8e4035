/**
 * Agent config fixtures for the region/ and endpoint/ rule tests. Each builder writes the file
 * the installer would (B.2 layout: two-space indent, one key per line), so positions in the
 * tests can be read off the text.
 */
import type { Tree } from '../../helpers.js';

export const FILE = 'hosts/web/ilogtail_config.json';
export const LC_FILE = 'hosts/web/loongcollector_config.json';

/** `{ config_server_address, data_server_list: [{ cluster, endpoint }] }`, one key per line. */
export function classic(configServer: string, cluster: string, endpoint: string, extra = ''): Tree {
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
export const intranet = (region: string, extra = ''): Tree =>
  classic(`http://logtail.${region}-intranet.log.aliyuncs.com`, region, `${region}-intranet.log.aliyuncs.com`, extra);

/** The installer's template for `region` on the Internet (B.2). */
export const internet = (region: string, extra = ''): Tree =>
  classic(`http://logtail.${region}.log.aliyuncs.com`, region, `${region}.log.aliyuncs.com`, extra);

/** LoongCollector's form (agent-config.md §6). */
export function loong(primary: string, configServer: string, region: string, endpoints: string[]): Tree {
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
export const raw = (text: string, file = FILE): Tree => ({ [file]: text });

/** Odd shapes no rule may throw on. */
export const ODD_SHAPES: readonly string[] = [
  '',
  '{}',
  '[]',
  '"cn-hangzhou"',
  '42',
  'null',
  '{"config_server_address": 1, "data_server_list": "cn-hangzhou"}',
  '{"config_server_address": null, "data_server_list": [null, 1, "x", [], {"cluster": 5, "endpoint": {}}]}',
  '{"data_server_list": [{"cluster": "cn-hangzhou"}], "primary_region": [], "config_servers": {}, "data_servers": [{"region": null, "endpoint_list": "x"}]}',
  '{"data_server_list": [{"endpoint": "cn-hangzhou.log.aliyuncs.com"}], "data_servers": [{"endpoint_list": [1, null, "log-global.aliyuncs.com"]}]}',
  '{"config_server_address": "http://logtail.cn-hangzhou.log.aliyuncs.com", "data_server_list": [{"cluster": "cn-hangzhou", "endpoint":',
  '{"config_server_address": "http://', 
  '{"config_server_address": "\\u0068ttp://logtail.cn-hangzhou.log.aliyuncs.com", "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "cn-hangzhou.log.aliyuncs.com"}], "data_server_port": "443"}',
  '{"config_server_address": "", "data_server_list": [{"cluster": "", "endpoint": ""}], "data_server_port": 443}',
  '{"config_server_address": "https://", "data_server_list": [{"cluster": "-intranet", "endpoint": ":::"}]}',
  '{"data_server_list": {"cluster": "cn-hangzhou"}}',
];
