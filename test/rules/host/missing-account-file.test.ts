import { testRule } from '../../rule-tester.js';
import { daemonSet, hostConfig, infra, OWNED_PROJECTS as projects, OWNER, SWAPPED_OWNER, userDefinedId, users } from './scene.js';

/** hosts/idc: on the cn-hangzhou Internet endpoint, it joins group web of app-logs by "web-prod". */
const IDC = { ...infra(), ...hostConfig('hosts/idc', 'cn-hangzhou', 'internet'), ...userDefinedId('hosts/idc', 'web-prod') };
const declared = (host: { ecs?: boolean; accountId?: string }) => ({ projects, hosts: [{ path: 'hosts/idc', ...host }] });

testRule('host/missing-account-file', {
  valid: [
    { name: 'users/ names the owner', files: { ...IDC, ...users('hosts/idc', OWNER) }, config: declared({ ecs: false }) },
    { name: 'an ECS host of the owner account', files: IDC, config: declared({ ecs: true, accountId: OWNER }) },
    { name: 'an ECS host of no declared account', files: IDC, config: declared({ ecs: true }) },
    { name: 'no host declaration', files: IDC, config: { projects } },
    { name: 'the project owner is unknown', files: IDC, config: { hosts: [{ path: 'hosts/idc', ecs: false }] } },
    { name: 'hosts/* declared ECS', files: SWAPPED_OWNER, config: { projects, hosts: [{ path: 'hosts/*', ecs: true }] } },
  ],
  invalid: [
    {
      name: 'a non-ECS host that joins a project without naming its owner in users/',
      files: { ...IDC, ...users('hosts/idc', '1111111111111111') },
      config: declared({ ecs: false }),
      findings: [
        { file: 'hosts/idc/etc/ilogtail/user_defined_id', at: '1:1-1:9', message: 'hosts/idc is declared not to be an ECS instance (.logtail-lint.json:10) and joins machine group "web" of project "app-logs" through its user_defined_id line "web-prod", but no users/ entry or ALIYUN_LOGTAIL_USER_ID names the project owner 1234567890123456: SLS accepts such a host only for the accounts it names, so it gets no Logtail configuration. Create the empty file hosts/idc/etc/ilogtail/users/1234567890123456 (touch /etc/ilogtail/users/1234567890123456 on the host).', related: ['.logtail-lint.json@6:25-6:43', 'infra/main.tf@13:20-13:30', '.logtail-lint.json@10:5-13:6'] },
      ],
    },
    {
      name: 'an ECS host of another account; the users/ path is suggested under the root when there is none',
      files: IDC,
      config: declared({ accountId: '9999999999999999' }),
      findings: [
        { file: 'hosts/idc/etc/ilogtail/user_defined_id', at: '1:1-1:9', message: 'hosts/idc is declared to belong to account 9999999999999999 (.logtail-lint.json:10) and joins machine group "web" of project "app-logs" through its user_defined_id line "web-prod", but no users/ entry or ALIYUN_LOGTAIL_USER_ID names the project owner 1234567890123456: SLS accepts such a host only for the accounts it names, so it gets no Logtail configuration. Create the empty file hosts/idc/etc/ilogtail/users/1234567890123456 (touch /etc/ilogtail/users/1234567890123456 on the host).', related: ['.logtail-lint.json@6:25-6:43', 'infra/main.tf@13:20-13:30', '.logtail-lint.json@10:5-13:6'] },
      ],
    },
    {
      name: 'an ALIYUN_LOGTAIL_USER_ID entry that differs from the owner only by spaces (items are not trimmed)',
      files: { ...infra(), 'hosts/idc/ds.yaml': daemonSet({ config: '"/etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json"', userDefinedId: '"web-prod"', userId: `"1, ${OWNER}"` }, 'ds') },
      config: declared({ ecs: false }),
      findings: [
        { file: 'hosts/idc/ds.yaml', at: '17:22-17:43', message: 'hosts/idc/ds.yaml DaemonSet/ds container logtail is declared not to be an ECS instance (.logtail-lint.json:10) and joins machine group "web" of project "app-logs" through its ALIYUN_LOGTAIL_USER_DEFINED_ID "web-prod", but no users/ entry or ALIYUN_LOGTAIL_USER_ID names the project owner 1234567890123456: SLS accepts such a host only for the accounts it names, so it gets no Logtail configuration. (The entry " 1234567890123456" has spaces the agent keeps.) Set ALIYUN_LOGTAIL_USER_ID to 1234567890123456.', pointer: '/spec/template/spec/containers/0/env/2/value', related: ['.logtail-lint.json@6:25-6:43', 'infra/main.tf@13:20-13:30', '.logtail-lint.json@10:5-13:6'] },
      ],
    },
    {
      name: 'hosts/* declared not ECS, with an aliased provider in the Terraform folder',
      files: SWAPPED_OWNER,
      config: { projects, hosts: [{ path: 'hosts/*', ecs: false }] },
      findings: [
        { file: 'hosts/web/etc/ilogtail/user_defined_id', at: '1:1-1:9', message: 'hosts/web is declared not to be an ECS instance (.logtail-lint.json:10) and joins machine group "web" of project "app-logs" through its user_defined_id line "web-prod", but no users/ entry or ALIYUN_LOGTAIL_USER_ID names the project owner 1234567890123456: SLS accepts such a host only for the accounts it names, so it gets no Logtail configuration. Create the empty file hosts/web/etc/ilogtail/users/1234567890123456 (touch /etc/ilogtail/users/1234567890123456 on the host).', related: ['.logtail-lint.json@6:25-6:43', 'infra/main.tf@19:20-19:30', '.logtail-lint.json@10:5-13:6'] },
      ],
    },
  ],
});
