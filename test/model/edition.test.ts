/**
 * `fleet.editionOf(file)`: which edition an agent file is for, from evidence in the file and the
 * repository (shapes from alibaba/ilogtail example_config/, alibaba/loongcollector docs and the
 * SLS docs, reduced).
 */
import { describe, expect, it } from 'vitest';
import type { EditionVerdict } from '../../src/model/fleet.js';
import { fleetOf } from './fixtures.js';

const brief = (v: EditionVerdict) => [v.edition, v.evidence.map((e) => `${e.says}:${e.kind}:${e.detail}@${e.file}`)];

const SLS_CONFIG =
  '{\n  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",\n  "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com"}]\n}\n';
const COMMUNITY_IMAGE = 'sls-opensource-registry.cn-shanghai.cr.aliyuncs.com/ilogtail-community-edition/ilogtail:1.8.4';

describe('fleet.editionOf', () => {
  it('an SLS key in the file decides; an empty or tuning-only config alone is unknown', async () => {
    const fleet = await fleetOf({
      'hosts/web/ilogtail_config.json': SLS_CONFIG,
      'example_config/start_with_docker/ilogtail_config.json': '{}\n',
      'docs/ebpf/ilogtail_config.json': '{\n  "ebpf": {"receive_event_chan_cap": 4096}\n}\n',
    });
    expect(brief(fleet.editionOf('hosts/web/ilogtail_config.json'))).toEqual([
      'sls',
      ['sls:sls-key:config_server_address@hosts/web/ilogtail_config.json', 'sls:sls-key:data_server_list@hosts/web/ilogtail_config.json'],
    ]);
    expect(brief(fleet.editionOf('example_config/start_with_docker/ilogtail_config.json'))).toEqual(['unknown', []]);
    expect(brief(fleet.editionOf('docs/ebpf/ilogtail_config.json'))).toEqual(['unknown', []]);
  });

  it("a config the agent cannot parse still shows by its keys what it was written for (the SLS docs' gateway FAQ with a markdown escape)", async () => {
    const fleet = await fleetOf({ 'usr/local/ilogtail/ilogtail_config.json': '{\n  "config_server_address": "http://$\\{domain\\}",\n  "data_server_list": []\n}\n' });
    expect(brief(fleet.editionOf('usr/local/ilogtail/ilogtail_config.json'))).toEqual([
      'sls',
      ['sls:sls-key:config_server_address@usr/local/ilogtail/ilogtail_config.json', 'sls:sls-key:data_server_list@usr/local/ilogtail/ilogtail_config.json'],
    ]);
  });

  it('community: a local pipeline folder in the bundle, a community image above, the config in instance_config/local, the community ConfigServer key', async () => {
    const fleet = await fleetOf({
      'quick_start/ilogtail_config.json': '{"default_access_key_id": "", "default_access_key": ""}\n',
      'quick_start/config/local/file_simple.yaml': 'enable: true\ninputs:\n  - Type: input_file\n    FilePaths: [/root/bin/simple.log]\nflushers:\n  - Type: flusher_stdout\n',
      'docker/ilogtail_config.json': '{"cpu_usage_limit": 0.4}\n',
      'docker/Dockerfile': `FROM ${COMMUNITY_IMAGE}\nCOPY ilogtail_config.json /usr/local/ilogtail/ilogtail_config.json\n`,
      'lc/conf/instance_config/local/loongcollector_config.json': '{"mem_usage_limit": 384}\n',
      'cs/ilogtail_config.json': '{"ilogtail_configserver_address": ["127.0.0.1:8899"]}\n',
    });
    expect(brief(fleet.editionOf('quick_start/ilogtail_config.json'))).toEqual([
      'community',
      [
        'community:community-key:default_access_key_id@quick_start/ilogtail_config.json',
        'community:community-key:default_access_key@quick_start/ilogtail_config.json',
        'community:pipeline-folder:quick_start/config/local@quick_start/config/local/file_simple.yaml',
      ],
    ]);
    expect(brief(fleet.editionOf('docker/ilogtail_config.json'))).toEqual(['community', [`community:community-image:${COMMUNITY_IMAGE}@docker/Dockerfile`]]);
    expect(brief(fleet.editionOf('lc/conf/instance_config/local/loongcollector_config.json'))).toEqual([
      'community',
      ['community:pipeline-folder:lc/conf/instance_config/local@lc/conf/instance_config/local/loongcollector_config.json'],
    ]);
    expect(brief(fleet.editionOf('cs/ilogtail_config.json'))).toEqual(['community', ['community:community-key:ilogtail_configserver_address@cs/ilogtail_config.json']]);
  });

  it('SLS from the bundle: an install command with a region, identity files and the machine group they join', async () => {
    const fleet = await fleetOf({
      'hosts/a/ilogtail_config.json': '{"max_bytes_per_sec": 2097152}\n',
      'hosts/a/install.sh': 'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh\nsh logtail.sh install cn-hangzhou\n',
      'hosts/b/usr/local/ilogtail/ilogtail_config.json': '{}\n',
      'hosts/b/etc/ilogtail/user_defined_id': 'web-prod\n',
      'hosts/b/etc/ilogtail/users/1234567890123456': '',
      'infra/sls.tf':
        'resource "alicloud_log_machine_group" "web" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
    });
    expect(brief(fleet.editionOf('hosts/a/ilogtail_config.json'))).toEqual(['sls', ['sls:install-command:logtail.sh install cn-hangzhou@hosts/a/install.sh']]);
    expect(brief(fleet.editionOf('hosts/b/usr/local/ilogtail/ilogtail_config.json'))).toEqual([
      'sls',
      [
        'sls:identity-file:user_defined_id@hosts/b/etc/ilogtail/user_defined_id',
        'sls:identity-file:users/1234567890123456@hosts/b/etc/ilogtail/users/1234567890123456',
        'sls:group-join:web-prod@hosts/b/etc/ilogtail/user_defined_id',
      ],
    ]);
  });

  it('evidence both ways is unknown, with all of it; .logtail-lint.json editions[] decides (the last match wins)', async () => {
    const tree = {
      'mixed/ilogtail_config.json': '{}\n',
      'mixed/user_defined_id': 'web-prod\n',
      'mixed/config/local/a.yaml': 'inputs: []\n',
      'example_config/start_with_docker/ilogtail_config.json': '{}\n',
    };
    const plain = await fleetOf(tree);
    expect(brief(plain.editionOf('mixed/ilogtail_config.json'))).toEqual([
      'unknown',
      ['sls:identity-file:user_defined_id@mixed/user_defined_id', 'community:pipeline-folder:mixed/config/local@mixed/config/local/a.yaml'],
    ]);
    const configured = await fleetOf(tree, {
      editions: [
        { path: 'example_config/', edition: 'sls' },
        { path: 'example_config/**/ilogtail_config.json', edition: 'community' },
        { path: 'mixed/', edition: 'sls' },
      ],
    });
    const v = configured.editionOf('example_config/start_with_docker/ilogtail_config.json');
    expect(brief(v)).toEqual(['community', ['community:config:example_config/**/ilogtail_config.json@.logtail-lint.json']]);
    expect(v.declared?.value).toBe('community');
    expect(configured.editionOf('mixed/ilogtail_config.json').edition).toBe('sls');
  });

  it('Kubernetes manifests: a community image is community; the SLS env vars and an enterprise image are sls', async () => {
    const ds = (image: string, env: string) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: ${image}\n${env}`;
    const fleet = await fleetOf({
      'k8s/community.yaml': ds(COMMUNITY_IMAGE, ''),
      'k8s/sls.yaml': ds(
        'registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest',
        '          env:\n            - {name: ALIYUN_LOGTAIL_USER_DEFINED_ID, value: k8s-group}\n',
      ),
    });
    expect(brief(fleet.editionOf('k8s/community.yaml'))).toEqual(['community', [`community:community-image:${COMMUNITY_IMAGE}@k8s/community.yaml`]]);
    expect(brief(fleet.editionOf('k8s/sls.yaml'))).toEqual([
      'sls',
      ['sls:sls-env:ALIYUN_LOGTAIL_USER_DEFINED_ID@k8s/sls.yaml', 'sls:enterprise-image:registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest@k8s/sls.yaml'],
    ]);
  });
});
