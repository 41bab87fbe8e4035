import { describe, expect, it } from 'vitest';
import { classifyEntry, isIp } from '../../../src/rules/machine-group/util.js';
import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

const NEVER = 'An IP machine group matches hosts by the exact IP address the agent reports (the `ip` of app_info.json), so this entry never matches.';
const BY_ADDRESS = 'List each host by its address, or switch the group to custom identifiers ("userdefined").';
/** The message for `entry` in the list `field` of `who`: `what` it is, then `advice`. */
const notAnIp = (who: string, entry: string, field: string, what: string, advice = BY_ADDRESS) => `${who}: "${entry}" in ${field} ${what}. ${NEVER} ${advice}`;
const CIDR = 'is a CIDR range; machine groups match single addresses, not ranges';
const PORT = 'has a port; the agent reports the bare address';

testRule('machine-group/invalid-ip', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'a userdefined group is not judged', files: { 'main.tf': tf({ type: 'userdefined', list: ['10.0.0.0/24'] }) } },
    { name: 'a group of names only is left to machine-group/custom-ids-in-ip-group', files: { 'main.tf': tf({ list: ['web-prod'] }) } },
  ],
  invalid: [
    {
      name: 'non-IP entries of an ip group with some IPs; a fix for the port',
      files: { 'main.tf': tf({ list: ['10.0.0.1', '10.0.0.0/24', '192.168.XX.XX', 'web.example.com', '10.0.0.2:80'] }) },
      findings: [
        { at: '4:32-4:45', message: notAnIp('alicloud_log_machine_group.web', '10.0.0.0/24', 'identify_list', CIDR) },
        { at: '4:47-4:62', message: 'alicloud_log_machine_group.web: "192.168.XX.XX" in identify_list is a placeholder (a masked or sample address from the docs). An IP machine group matches hosts by the exact IP address the agent reports (the `ip` of app_info.json), so this entry never matches. List each host by its address, or switch the group to custom identifiers ("userdefined").' },
        { at: '4:64-4:81', message: 'alicloud_log_machine_group.web: "web.example.com" in identify_list is a host name; the group matches the IP the agent reports, not names. An IP machine group matches hosts by the exact IP address the agent reports (the `ip` of app_info.json), so this entry never matches. List each host by its address, or switch the group to custom identifiers ("userdefined").' },
        { at: '4:83-4:96', message: notAnIp('alicloud_log_machine_group.web', '10.0.0.2:80', 'identify_list', PORT, 'Write "10.0.0.2".') },
      ],
      output: { 'main.tf': tf({ list: ['10.0.0.1', '10.0.0.0/24', '192.168.XX.XX', 'web.example.com', '10.0.0.2'] }) },
    },
    {
      // Group a's "X.X.X.X" is not judged: its identify_type "IP" is not "ip" (machine-group/invalid-identify-type's).
      name: `${IN_MIXED_TF}; a fix for the port`,
      files: mixedTf(),
      findings: [
        { file: MIXED_TF, at: '25:61-25:74', message: notAnIp('alicloud_sls_machine_group.c', '10.0.0.2:80', 'machine_list', PORT, 'Write "10.0.0.2".') },
        { file: MIXED_TF, at: '25:76-25:89', message: notAnIp('alicloud_sls_machine_group.c', '10.0.0.0/24', 'machine_list', CIDR) },
      ],
      output: mixedTf(25, '  machine_list          = [alicloud_instance.web.public_ip, "10.0.0.2", "10.0.0.0/24"]'),
    },
    {
      name: 'an explicit ip group of placeholders only is still reported entry by entry',
      files: { 'main.tf': tf({ type: 'ip', list: ['X.X.X.X'] }) },
      findings: [
        { at: '5:20-5:29', message: 'alicloud_log_machine_group.web: "X.X.X.X" in identify_list is a placeholder (a masked or sample address from the docs). An IP machine group matches hosts by the exact IP address the agent reports (the `ip` of app_info.json), so this entry never matches. List each host by its address, or switch the group to custom identifiers ("userdefined").' },
      ],
    },
  ],
});

describe('machine-group/invalid-ip helpers', () => {
  it('classifyEntry', () => {
    expect(['10.0.0.1', '::1', 'fe80::1', '2001:db8::8a2e:370:7334'].every(isIp)).toBe(true);
    const kinds = ['10.0.0.0/24', '10.0.0.1:8080', 'X.X.X.X', '192.168.XX.XX', '10.0.0.256', '010.0.0.1', '10.0.0', ' 10.0.0.1', '10.0.0.1-10.0.0.9', 'web-01', 'web.example.com', 'ip-10-0-0-1'].map(
      (e) => {
        const c = classifyEntry(e);
        return c.kind === 'other' ? `other${c.hostname ? ' host' : ''}` : c.kind;
      },
    );
    expect(kinds).toEqual(['ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'ip-like', 'other', 'other host', 'other']);
  });
});
