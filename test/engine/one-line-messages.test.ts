import { describe, expect, it } from 'vitest';
import { lintTree } from '../helpers.js';

/** Values with line breaks in them, which messages quote. */
const TREE = {
  'scripts/setup.sh': '#!/bin/sh\ntouch "/etc/ilogtail/users/12\n34"\n./logtail.sh install "cn-hang\nzhou"\n',
  'terraform/main.tf':
    'resource "alicloud_log_machine_group" "g" {\n  project       = "p"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["a"]\n}\n\nresource "alicloud_logtail_attachment" "a" {\n  project            = "p"\n  machine_group_name = "we\\nb"\n}\n',
};

describe('every finding is one line', () => {
  it('line breaks quoted from a file are written as escapes, in messages and related messages', async () => {
    const result = await lintTree(TREE);
    const quoting = result.diagnostics.filter((d) => d.message.includes('\\n'));
    // The rules whose messages quote those values.
    expect(quoting.map((d) => d.ruleId).sort()).toEqual(['install/folder-not-created', 'install/invalid-account-id', 'machine-group/attachment-unknown-group', 'region/unknown']);
    for (const d of result.diagnostics) {
      expect(d.message, d.ruleId).not.toMatch(/[\r\n\u2028\u2029]/);
      for (const r of d.related ?? []) expect(r.message, d.ruleId).not.toMatch(/[\r\n\u2028\u2029]/);
    }
  });
});
