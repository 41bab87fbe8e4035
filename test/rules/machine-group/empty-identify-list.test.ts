import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, expr, tf } from './groups.js';

testRule('machine-group/empty-identify-list', {
  valid: [...CLEAN_AND_UNKNOWN, { name: 'a list only known at apply time', files: { 'main.tf': tf({ list: expr('var.ips') }) } }],
  invalid: [
    {
      name: 'a known empty list',
      files: { 'main.tf': tf({ list: [] }) },
      findings: [
        { at: '4:19-4:21', message: 'alicloud_log_machine_group.web: identify_list is empty: the group matches no machine, so the configurations applied to it reach no host (Terraform rejects it outright: identify_list needs at least one item). List the IP addresses the hosts report.' },
      ],
    },
  ],
});
