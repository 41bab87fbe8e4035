import { testRule } from '../../rule-tester.js';
import { compactConfigText, configPath, daemonSet, infra, TWO_REGIONS, userDefinedId } from './scene.js';

testRule('host/unused-group-identifier', {
  valid: [
    { name: 'identifiers declared as external', files: { ...infra(), ...userDefinedId('h', 'web-prod') }, config: { externalIdentifiers: ['web-canary'] } },
    { name: 'container env identifiers count as carried', files: { ...infra(), 'k8s/ds.yaml': daemonSet({ userDefinedId: '"web-prod,web-canary"' }, 'ds') } },
    { name: 'the repository carries no identifiers at all', files: infra() },
    { name: 'some identifiers only known at run time', files: { ...infra(), ...userDefinedId('h', 'web-prod'), 'k8s/ds.yaml': daemonSet({ userDefinedId: '$(GROUP)' }, 'ds') } },
    { name: 'IP groups are not judged', files: { ...infra(), ...userDefinedId('h', 'web-prod', 'web-canary') } },
  ],
  invalid: [
    {
      name: 'a group identifier no host carries, with the nearest carried one',
      files: { ...infra(), ...userDefinedId('hosts/web', 'web-prod', 'web-canry') },
      findings: [
        { file: 'infra/main.tf', at: '13:32-13:44', message: 'No host in this repository carries the custom identifier "web-canary" of machine group "web" of project "app-logs" (no user_defined_id line, ALIYUN_LOGTAIL_USER_DEFINED_ID or script writes it). Did you mean "web-canry"? If hosts outside this repository carry it, list it in "externalIdentifiers" in .logtail-lint.json; otherwise remove it from the group or give a host this identifier.', related: ['hosts/web/etc/ilogtail/user_defined_id@2:1-2:10'] },
      ],
    },
    {
      name: 'a group identifier no host carries, with an aliased provider in the folder',
      files: { 'infra/main.tf': TWO_REGIONS, [configPath('hosts/web')]: compactConfigText('cn-hangzhou'), ...userDefinedId('hosts/web', 'web-prod', 'bj-web') },
      findings: [
        { file: 'infra/main.tf', at: '19:32-19:44', message: 'No host in this repository carries the custom identifier "web-canary" of machine group "web" of project "app-logs" (no user_defined_id line, ALIYUN_LOGTAIL_USER_DEFINED_ID or script writes it). If hosts outside this repository carry it, list it in "externalIdentifiers" in .logtail-lint.json; otherwise remove it from the group or give a host this identifier.' },
      ],
    },
  ],
});
