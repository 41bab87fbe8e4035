import { testRule } from '../../rule-tester.js';
import { appInfo, CUSTOM_AND_IP, compactConfigText, configPath, hostConfig, infra, userDefinedId, workingIp } from './scene.js';

testRule('host/app-info-ip-mismatch', {
  valid: [
    { name: 'the ip matches working_ip', files: { ...infra(), ...hostConfig('hosts/db', 'cn-hangzhou', 'intranet', workingIp('10.0.0.5')), ...appInfo('hosts/db', '10.0.0.5') } },
    { name: 'without working_ip, the ip is in an IP group of the region', files: { ...infra(), ...hostConfig('hosts/db', 'cn-hangzhou'), ...appInfo('hosts/db', '10.0.0.5') } },
    { name: 'the host region is unknown', files: { ...infra(), ...appInfo('hosts/db', '172.16.0.5') } },
    { name: 'a host that its custom identifier places in a group: its IP is not judged', files: { ...CUSTOM_AND_IP, ...userDefinedId('hosts/web', 'web-prod') } },
  ],
  invalid: [
    {
      name: 'an app_info.json ip that differs from working_ip',
      files: { ...infra(), ...hostConfig('hosts/db', 'cn-hangzhou', 'intranet', workingIp('10.0.0.5')), ...appInfo('hosts/db', '172.16.0.5') },
      findings: [
        { file: 'hosts/db/usr/local/ilogtail/app_info.json', at: '3:9-3:21', message: 'app_info.json reports ip "172.16.0.5", but working_ip is "10.0.0.5" (hosts/db/usr/local/ilogtail/ilogtail_config.json:9): the agent reports working_ip verbatim, so this app_info.json is from another host or from a start before working_ip was set. Refresh app_info.json from the host, or correct working_ip to the IP the machine group lists.', pointer: '/ip', related: ['hosts/db/usr/local/ilogtail/ilogtail_config.json@9:17-9:27'] },
      ],
    },
    {
      name: 'without working_ip, an ip in no IP group of its region',
      files: { ...infra(), ...hostConfig('hosts/db', 'cn-hangzhou'), ...appInfo('hosts/db', '172.16.0.5') },
      findings: [
        { file: 'hosts/db/usr/local/ilogtail/app_info.json', at: '3:9-3:21', message: 'app_info.json reports ip "172.16.0.5", the IP this host reports to SLS, but no IP machine group of cn-hangzhou (hosts/db/usr/local/ilogtail/ilogtail_config.json:5) lists it, so the host gets no Logtail configuration from the IP groups of its region. Add 172.16.0.5 to the group\'s identify_list (Logtail reports the IP in app_info.json, usually the private one), or set working_ip to the IP the group lists.', pointer: '/ip', related: ['hosts/db/usr/local/ilogtail/ilogtail_config.json@5:18-5:31', 'infra/main.tf@18:19-18:23'] },
      ],
    },
    {
      name: 'app_info.json next to a config with another working_ip, and no machine groups',
      files: { [configPath('hosts/db')]: compactConfigText('cn-hangzhou', 'intranet', '10.0.0.5'), ...appInfo('hosts/db', '172.16.0.5') },
      findings: [
        { file: 'hosts/db/usr/local/ilogtail/app_info.json', at: '3:9-3:21', message: 'app_info.json reports ip "172.16.0.5", but working_ip is "10.0.0.5" (hosts/db/usr/local/ilogtail/ilogtail_config.json:4): the agent reports working_ip verbatim, so this app_info.json is from another host or from a start before working_ip was set. Refresh app_info.json from the host, or correct working_ip to the IP the machine group lists.', pointer: '/ip', related: ['hosts/db/usr/local/ilogtail/ilogtail_config.json@4:17-4:27'] },
      ],
    },
  ],
});
