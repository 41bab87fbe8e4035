import { testRule } from '../../rule-tester.js';
import { GOOD, IN_MIXED, install, mixed } from './scripts.js';

const AUTO =
  '`./logtail.sh install auto` reads the region from the ECS metadata service (100.100.100.200), which exists only on Alibaba Cloud ECS: ' +
  "on any other host (IDC, other cloud, a local Docker build) the install fails, and on ECS it installs for the instance's region, which may not be the project's. " +
  "Write the project's region ID if the script can run anywhere else.";

testRule('install/auto-region', {
  valid: GOOD,
  invalid: [
    { name: 'auto', files: install('auto'), findings: [{ at: '2:22-2:26', message: AUTO }] },
    { name: IN_MIXED, files: mixed(), findings: [{ at: '8:22-8:26', message: AUTO }] },
  ],
});
