import { testRule } from '../../rule-tester.js';
import { compactConfigText, configPath, hostConfig, infra, infraText, TWO_REGIONS, userDefinedId } from './scene.js';

const DEFAULT_PROVIDER = 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n';

/** `data_server_list` twice: the agent keeps the last one (config/duplicate-key says so too). */
const twoLists = (first: string, last: string) =>
  `{\n  "data_server_list": [{"cluster": "${first}", "endpoint": "${first}-intranet.log.aliyuncs.com"}],\n  "data_server_list": [{"cluster": "${last}", "endpoint": "${last}-intranet.log.aliyuncs.com"}]\n}\n`;

testRule('host/region-mismatch', {
  valid: [
    {
      name: 'the host joins a group in its own region too',
      files: { ...infra(), ...infra({ region: 'cn-beijing', file: 'bj/main.tf', projectName: 'bj-logs', webIds: ['web-prod'] }), ...hostConfig('h', 'cn-beijing'), ...userDefinedId('h', 'web-prod') },
    },
    { name: 'the host joins nothing', files: { ...infra(), ...hostConfig('h', 'cn-beijing'), ...userDefinedId('h', 'other') } },
    {
      name: 'the group region is unknown (no provider block)',
      files: { 'infra/main.tf': infraText().replace(`${DEFAULT_PROVIDER}\n`, ''), ...hostConfig('h', 'cn-beijing'), ...userDefinedId('h', 'web-prod') },
    },
    {
      name: 'an aliased provider puts the group in cn-beijing, and the host talks to cn-beijing',
      files: { 'infra/main.tf': TWO_REGIONS, [configPath('hosts/bj')]: compactConfigText('cn-beijing'), ...userDefinedId('hosts/bj', 'bj-web') },
    },
    {
      name: 'only aliased providers: resources without provider = have no known region, so nothing is judged',
      files: { 'infra/main.tf': TWO_REGIONS.replace(DEFAULT_PROVIDER, ''), [configPath('hosts/web')]: compactConfigText('cn-shanghai'), ...userDefinedId('hosts/web', 'web-prod') },
    },
    {
      name: 'data_server_list written twice: the region is the last one, as the agent reads it',
      files: { ...infra(), [configPath('hosts/web')]: twoLists('cn-shanghai', 'cn-hangzhou'), ...userDefinedId('hosts/web', 'web-prod') },
    },
  ],
  invalid: [
    {
      name: 'data_server_list written twice: the finding is at the last one, the one the agent keeps',
      files: { ...infra(), [configPath('hosts/web')]: twoLists('cn-hangzhou', 'cn-shanghai'), ...userDefinedId('hosts/web', 'web-prod') },
      findings: [
        { file: 'hosts/web/usr/local/ilogtail/ilogtail_config.json', at: '3:36-3:49', message: 'This host talks to cn-shanghai (data_server_list[0].cluster), but its custom identifier "web-prod" (hosts/web/etc/ilogtail/user_defined_id:1) joins machine group "web" of project "app-logs" in cn-hangzhou: SLS matches a host only against the machine groups of the region it talks to, so this host gets no Logtail configuration. Point the agent at cn-hangzhou (cluster "cn-hangzhou", endpoint "cn-hangzhou-intranet.log.aliyuncs.com"), or define the group in a cn-shanghai project.', pointer: '/data_server_list/0/cluster', related: ['infra/main.tf@13:20-13:30', 'infra/main.tf@2:12-2:25'] },
      ],
    },
    {
      name: 'the identifiers join groups only in another region than the configured one',
      files: { ...infra(), ...hostConfig('hosts/web', 'cn-beijing'), ...userDefinedId('hosts/web', 'web-prod') },
      findings: [
        { file: 'hosts/web/usr/local/ilogtail/ilogtail_config.json', at: '5:18-5:30', message: 'This host talks to cn-beijing (data_server_list[0].cluster), but its custom identifier "web-prod" (hosts/web/etc/ilogtail/user_defined_id:1) joins machine group "web" of project "app-logs" in cn-hangzhou: SLS matches a host only against the machine groups of the region it talks to, so this host gets no Logtail configuration. Point the agent at cn-hangzhou (cluster "cn-hangzhou", endpoint "cn-hangzhou-intranet.log.aliyuncs.com"), or define the group in a cn-beijing project.', pointer: '/data_server_list/0/cluster', related: ['infra/main.tf@13:20-13:30', 'infra/main.tf@2:12-2:25'] },
      ],
    },
    {
      name: 'the host joins by the IP of app_info.json (no working_ip); its region comes from the install command',
      files: { ...infra(), 'hosts/db/install.sh': './logtail.sh install cn-shanghai-internet\n', 'hosts/db/app_info.json': '{"ip": "10.0.0.5"}' },
      findings: [
        { file: 'hosts/db/install.sh', at: '1:22-1:42', message: 'This host talks to cn-shanghai (install parameter), but its IP "10.0.0.5" (hosts/db/app_info.json:1) joins machine group "db" of project "app-logs" in cn-hangzhou: SLS matches a host only against the machine groups of the region it talks to, so this host gets no Logtail configuration. Point the agent at cn-hangzhou (cluster "cn-hangzhou", endpoint "cn-hangzhou.log.aliyuncs.com"), or define the group in a cn-shanghai project.', related: ['infra/main.tf@19:20-19:30', 'infra/main.tf@2:12-2:25'] },
      ],
    },
    {
      name: 'an aliased provider puts the group in cn-beijing; the host talks to cn-hangzhou',
      files: { 'infra/main.tf': TWO_REGIONS, [configPath('hosts/bj')]: compactConfigText('cn-hangzhou'), ...userDefinedId('hosts/bj', 'bj-web') },
      findings: [
        { file: 'hosts/bj/usr/local/ilogtail/ilogtail_config.json', at: '3:37-3:50', message: 'This host talks to cn-hangzhou (data_server_list[0].cluster), but its custom identifier "bj-web" (hosts/bj/etc/ilogtail/user_defined_id:1) joins machine group "bj-web" of project "bj-logs" in cn-beijing: SLS matches a host only against the machine groups of the region it talks to, so this host gets no Logtail configuration. Point the agent at cn-beijing (cluster "cn-beijing", endpoint "cn-beijing-intranet.log.aliyuncs.com"), or define the group in a cn-hangzhou project.', pointer: '/data_server_list/0/cluster', related: ['infra/main.tf@32:20-32:28', 'infra/main.tf@7:12-7:24'] },
      ],
    },
  ],
});
