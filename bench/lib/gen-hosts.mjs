// Host-side files: what lands on one machine (reference: sls-regions-and-iac.md §B.1–B.2, §C.5–C.6).

/** Active SLS regions (§A.2), repeated by how often real fleets use them. */
export const REGIONS = [
  ...Array(6).fill('cn-hangzhou'), ...Array(4).fill('cn-shanghai'), ...Array(3).fill('cn-beijing'),
  ...Array(3).fill('cn-shenzhen'), ...Array(2).fill('ap-southeast-1'), 'cn-qingdao', 'cn-zhangjiakou',
  'cn-huhehaote', 'cn-wulanchabu', 'cn-heyuan', 'cn-guangzhou', 'cn-chengdu', 'cn-hongkong',
  'ap-southeast-3', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ap-northeast-1',
  'ap-northeast-2', 'us-west-1', 'us-east-1', 'eu-central-1', 'eu-west-1', 'me-east-1',
];

/** Network type → the installer's (config server, endpoint) pair (§B.1 table). */
const NETWORKS = {
  intranet: (r) => [`http://logtail.${r}-intranet.log.aliyuncs.com`, `${r}-intranet.log.aliyuncs.com`],
  internet: (r) => [`http://logtail.${r}.log.aliyuncs.com`, `${r}.log.aliyuncs.com`],
  acceleration: (r) => [`http://logtail.${r}.log.aliyuncs.com`, 'log-global.aliyuncs.com'],
  internal: (r) => [`http://logtail.${r}-internal.log.aliyuncs.com`, `${r}-internal.log.aliyuncs.com`],
};
const NETWORK_MIX = ['intranet', 'intranet', 'intranet', 'intranet', 'intranet', 'intranet', 'internet', 'internet', 'acceleration', 'internal'];

/** A plausible typo of a region ID: one letter of the city dropped (`cn-hangzou`). */
export function regionTypo(rnd, region) {
  const dash = region.indexOf('-');
  const i = rnd.int(dash + 2, region.length - 2);
  return region.slice(0, i) + region.slice(i + 1);
}

/** Mistakes that keep the file valid JSON (see README: ajv-cli aborts the whole run on invalid JSON). */
const CONFIG_MISTAKES = ['region-typo', 'endpoint-other-region', 'quoted-number', 'retired-region', 'acceleration-cluster'];

/** ilogtail_config.json as the installer writes it, with a seeded mistake when `mistake` is set. */
export function agentConfig(rnd, region, { mistake = false, ip } = {}) {
  const kind = mistake ? rnd.pick(CONFIG_MISTAKES) : undefined;
  if (kind === 'retired-region') region = rnd.pick(['ap-southeast-2', 'ap-south-1']);
  const network = rnd.pick(NETWORK_MIX);
  let [configServer, endpoint] = NETWORKS[network](region);
  let cluster = region;
  if (kind === 'region-typo') cluster = regionTypo(rnd, region);
  if (kind === 'endpoint-other-region') endpoint = NETWORKS.intranet(rnd.pick(REGIONS.filter((r) => r !== region)))[1];
  if (kind === 'acceleration-cluster') [cluster, endpoint] = [`${region}-acceleration`, 'log-global.aliyuncs.com'];
  if (rnd.chance(0.05)) [configServer, endpoint] = [configServer.replace('http:', 'https:'), `https://${endpoint}`];
  const cfg = {
    config_server_address: configServer,
    data_server_list: [{ cluster, endpoint }],
    cpu_usage_limit: rnd.pick([0.4, 0.4, 0.4, 1, 2]),
    mem_usage_limit: rnd.pick([384, 384, 512, 1024, 2048]),
    max_bytes_per_sec: kind === 'quoted-number' ? '20971520' : 20971520,
    bytes_per_sec: 1048576,
    buffer_file_num: 25,
    buffer_file_size: 20971520,
    buffer_map_num: 5,
  };
  // working_ip is what app_info.json then reports: the host's own address.
  if (ip && rnd.chance(0.15)) cfg.working_ip = ip;
  if (rnd.chance(0.1)) Object.assign(cfg, { send_request_concurrency: 20, process_thread_count: 2, discard_old_data: false });
  const style = rnd.next();
  const text = style < 0.1 ? JSON.stringify(cfg) : JSON.stringify(cfg, null, style < 0.6 ? 4 : 2);
  return { text: text + (rnd.chance(0.9) ? '\n' : ''), mistake: kind };
}

/** user_defined_id: one identifier per line; seeded mistakes are CRLF endings or a placeholder. */
export function userDefinedId(rnd, ids, { mistake = false } = {}) {
  if (!mistake) return { text: ids.join('\n') + '\n' };
  const kind = rnd.pick(['crlf', 'crlf', 'placeholder']);
  return kind === 'crlf' ? { text: ids.join('\r\n') + '\r\n', mistake: kind } : { text: 'userdefined\n', mistake: kind };
}

/** An account ID (16 digits, §C.6); a mistake is a masked or short ID copied from docs. */
export function accountId(rnd, { mistake = false } = {}) {
  if (!mistake) return { name: rnd.digits(16) };
  return rnd.chance(0.5) ? { name: rnd.digits(15), mistake: 'short-account-id' } : { name: `1559****${rnd.digits(8)}`, mistake: 'masked-account-id' };
}

/** app_info.json as the agent writes it; the mistake is a hand edit that leaves a trailing comma. */
export function appInfo(rnd, { hostname, ip }, { mistake = false } = {}) {
  const info = {
    UUID: `${rnd.hex(8)}-${rnd.hex(4)}-${rnd.hex(4)}-${rnd.hex(4)}-${rnd.hex(12)}`.toUpperCase(),
    hostname,
    instance_id: `${rnd.hex(8)}-${rnd.hex(4)}-11ee-${rnd.hex(4)}-${rnd.hex(12)}_${ip}_${rnd.digits(10)}`,
    ip,
    logtail_version: rnd.pick(['1.8.7', '2.1.1', '1.7.1', '2.0.4']),
    os: `Linux; 5.10.134-16.al8.x86_64; #1 SMP Thu Sep 7 12:00:00 CST 2023; x86_64`,
    update_time: `2024-0${rnd.int(1, 9)}-1${rnd.int(0, 9)} 1${rnd.int(0, 9)}:0${rnd.int(0, 9)}:3${rnd.int(0, 9)}.000`,
  };
  const text = JSON.stringify(info, null, 4) + '\n';
  return mistake ? { text: text.replace(/"\n}/, '",\n}'), mistake: 'trailing-comma' } : { text };
}
