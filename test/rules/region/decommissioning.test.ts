import { testRule } from '../../rule-tester.js';
import { classic, FILE, internet, intranet, oddShapes } from '../endpoint/agent-config.js';

const ID = 'region/decommissioning';

testRule(ID, {
  valid: [
    { name: 'an active region', files: intranet('cn-hangzhou') },
    { name: 'a retired region is region/retired', files: intranet('ap-southeast-2') },
    { name: 'a local region that is not being decommissioned', files: intranet('cn-wuhan-lr') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'cn-nanjing: a warning at the first place, the others related',
      files: intranet('cn-nanjing'),
      findings: [
        { at: '2:28-2:81', severity: 'warning', pointer: '/config_server_address', message:
          'Region `cn-nanjing` (Nanjing (Local Region)) is being decommissioned (no closing date is published). It works today, but collection stops when the region closes. Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Plan the move of the project to another region and reinstall Logtail there; until then, watch the SLS region notices.',
          related: [
            { at: `${FILE}@5:18-5:30`, message: '`data_server_list[0].cluster` also names `cn-nanjing`' },
            { at: `${FILE}@6:19-6:57`, message: '`data_server_list[0].endpoint` also names `cn-nanjing`' },
          ] },
      ],
    },
    {
      name: 'cn-fuzhou',
      files: internet('cn-fuzhou'),
      findings: [
        { at: '2:28-2:71', pointer: '/config_server_address', related: [`${FILE}@5:18-5:29`, `${FILE}@6:19-6:47`], message:
          'Region `cn-fuzhou` (Fuzhou (Local Region)) is being decommissioned (no closing date is published). It works today, but collection stops when the region closes. Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Plan the move of the project to another region and reinstall Logtail there; until then, watch the SLS region notices.' },
      ],
    },
    {
      name: 'only the cluster names it',
      files: classic('http://logs-gw.example.com', 'cn-fuzhou', '10.1.2.3'),
      findings: [
        { at: '5:18-5:29', pointer: '/data_server_list/0/cluster', related: [], message:
          'Region `cn-fuzhou` (Fuzhou (Local Region)) is being decommissioned (no closing date is published). It works today, but collection stops when the region closes. Named in `data_server_list[0].cluster`. Plan the move of the project to another region and reinstall Logtail there; until then, watch the SLS region notices.' },
      ],
    },
  ],
});
