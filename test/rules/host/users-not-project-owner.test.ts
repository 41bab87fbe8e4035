import { testRule } from '../../rule-tester.js';
import { hostConfig, infra, OWNED_PROJECTS as projects, OWNER, SWAPPED_OWNER, userDefinedId, users } from './scene.js';

/** hosts/web joins group web of app-logs by "web-prod" and names `accounts` in users/. */
const host = (...accounts: string[]) => ({ ...infra(), ...hostConfig('hosts/web', 'cn-hangzhou'), ...userDefinedId('hosts/web', 'web-prod'), ...users('hosts/web', ...accounts) });

testRule('host/users-not-project-owner', {
  valid: [
    { name: 'one entry is the owner', files: host('1111111111111111', OWNER), config: { projects } },
    { name: 'the owner is unknown', files: host('1111111111111111') },
    { name: 'the host joins nothing', files: { ...infra(), ...hostConfig('h', 'cn-hangzhou'), ...users('h', '1111111111111111') }, config: { projects } },
    {
      name: 'a host that needs the owner entry is left to host/missing-account-file',
      files: host('1111111111111111'),
      config: { projects, hosts: [{ path: 'hosts/web', ecs: false }] },
    },
    { name: 'hosts/* declared not ECS, with an aliased provider in the Terraform folder', files: SWAPPED_OWNER, config: { projects, hosts: [{ path: 'hosts/*', ecs: false }] } },
  ],
  invalid: [
    {
      name: 'users/ names only another account than the owner of the joined project, with did-you-mean',
      files: host('1234567890123465'),
      config: { projects },
      findings: [
        { file: 'hosts/web/etc/ilogtail/users/1234567890123465', at: '1:1-1:1', message: 'hosts/web names only account "1234567890123465" in users/, but the project it joins ("app-logs") is owned by 1234567890123456 (.logtail-lint.json:6): the entry grants nothing to them. Did you mean 1234567890123456? If the host is an ECS instance of 1234567890123456 it needs no users/ entry; otherwise name the owner (touch /etc/ilogtail/users/1234567890123456).', related: ['.logtail-lint.json@6:25-6:43'] },
      ],
    },
    {
      name: 'hosts/* declared ECS, with an aliased provider in the Terraform folder',
      files: SWAPPED_OWNER,
      config: { projects, hosts: [{ path: 'hosts/*', ecs: true }] },
      findings: [
        { file: 'hosts/web/etc/ilogtail/users/1234567890123465', at: '1:1-1:1', message: 'hosts/web names only account "1234567890123465" in users/, but the project it joins ("app-logs") is owned by 1234567890123456 (.logtail-lint.json:6): the entry grants nothing to them. Did you mean 1234567890123456? If the host is an ECS instance of 1234567890123456 it needs no users/ entry; otherwise name the owner (touch /etc/ilogtail/users/1234567890123456).', related: ['.logtail-lint.json@6:25-6:43'] },
      ],
    },
  ],
});
