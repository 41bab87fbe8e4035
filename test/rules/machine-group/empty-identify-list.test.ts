import { testRule } from '../../rule-tester.js';
import { API_GROUP, CLEAN_AND_UNKNOWN, expr, FORMATS, IN_FORMATS, tf } from './groups.js';

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
    {
      name: `${IN_FORMATS}: the API JSON group of no valid type`,
      files: FORMATS,
      findings: [
        {
          file: API_GROUP,
          at: '4:18-4:20',
          pointer: '/machineList',
          message:
            'machineList is empty: the group matches no machine, so the configurations applied to it reach no host. ' +
            'List the IP addresses or custom identifiers of the hosts.',
        },
      ],
    },
  ],
});
