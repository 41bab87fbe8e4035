import { testRule } from '../../rule-tester.js';
import { compactConfigText, configPath, declareHost, hostConfig } from './scene.js';

const declared = (host: object) => declareHost('hosts/web', host);

const internet = hostConfig('hosts/web', 'cn-hangzhou', 'internet');

testRule('host/internet-on-ecs', {
  valid: [
    { name: 'an ECS instance of another region', files: internet, config: declared({ ecs: true, region: 'cn-beijing' }) },
    { name: 'a host declared not ECS', files: internet, config: declared({ ecs: false, region: 'cn-hangzhou' }) },
    { name: 'the intranet endpoint', files: hostConfig('hosts/web', 'cn-hangzhou'), config: declared({ ecs: true, region: 'cn-hangzhou' }) },
    { name: 'an ECS instance of no declared region', files: internet, config: declared({ ecs: true }) },
  ],
  invalid: [
    {
      name: 'the Internet endpoint on a same-region ECS instance',
      files: internet,
      config: declared({ ecs: true, region: 'cn-hangzhou' }),
      findings: [
        { at: '6:19-6:49', message: 'hosts/web is declared an ECS instance in cn-hangzhou (.logtail-lint.json:3) but sends to the Internet endpoint: this works, but costs more than the intranet endpoint, which is the installer\'s default on ECS. Use "cn-hangzhou-intranet.log.aliyuncs.com" (install parameter `cn-hangzhou`) unless the host must go through the Internet.', pointer: '/data_server_list/0/endpoint', related: ['.logtail-lint.json@3:5-7:6'] },
      ],
    },
    {
      name: 'a host declared by its region alone, with a one-line data_server_list',
      files: { [configPath('hosts/web')]: compactConfigText('cn-hangzhou', 'internet', '10.0.0.5') },
      config: declared({ region: 'cn-hangzhou' }),
      findings: [
        { at: '3:64-3:94', message: 'hosts/web is declared an ECS instance in cn-hangzhou (.logtail-lint.json:3) but sends to the Internet endpoint: this works, but costs more than the intranet endpoint, which is the installer\'s default on ECS. Use "cn-hangzhou-intranet.log.aliyuncs.com" (install parameter `cn-hangzhou`) unless the host must go through the Internet.', pointer: '/data_server_list/0/endpoint', related: ['.logtail-lint.json@3:5-6:6'] },
      ],
    },
  ],
});
