import type { Located } from '../../model/fleet.js';
import { lineOf, valueRelated } from '../shared/message-utils.js';
import { defineRule } from '../types.js';

/**
 * A custom identifier (user_defined_id line, ALIYUN_LOGTAIL_USER_DEFINED_ID, a script write) that
 * is an Alibaba Cloud account ID: one the repository names as an account (a users/ entry,
 * ALIYUN_LOGTAIL_USER_ID, a project owner), or 16 digits, the form of one
 * (docs/reference/sls-regions-and-iac.md C.5, C.6). No userdefined machine group of the
 * repository lists it. Account IDs belong in users/<id>; user_defined_id holds a machine group's
 * identifier. A warning: a group made in the console could list a number.
 */
export default defineRule({
  id: 'host/account-id-as-identifier',
  severity: 'warning',
  description: 'A custom identifier (user_defined_id, ALIYUN_LOGTAIL_USER_DEFINED_ID) is an account ID, which belongs in users/',
  check({ fleet, report }) {
    const accounts = new Map<string, Located>();
    for (const b of fleet.bundles) for (const a of b.accounts) if (/^\d+$/.test(a.value) && !accounts.has(a.value)) accounts.set(a.value, a);
    for (const p of fleet.projects) if (p.ownerAccountId && !accounts.has(p.ownerAccountId.value)) accounts.set(p.ownerAccountId.value, p.ownerAccountId);
    for (const b of fleet.bundles) {
      for (const id of b.identifiers) {
        const account = accounts.get(id.value);
        if (!account && !/^\d{16}$/.test(id.value)) continue;
        if (fleet.index.groupsByIdentifier.get(id.value)?.some((e) => e.group.kind === 'userdefined')) continue; // a group means it
        const where = id.source === 'env' ? 'ALIYUN_LOGTAIL_USER_DEFINED_ID' : id.source === 'script' ? 'This write to user_defined_id' : 'This user_defined_id line';
        const what = account ? `the account ID this repository names at ${lineOf(account)}` : '16 digits, the form of an Alibaba Cloud account ID';
        report({
          file: id.file,
          range: id.range,
          pointer: id.pointer,
          message:
            `${where} holds ${JSON.stringify(id.value)}, ${what}, and no userdefined machine group lists it. ` +
            'user_defined_id carries the custom identifier of a machine group; an account that may collect from the host is an empty file /etc/ilogtail/users/<account-id> (ALIYUN_LOGTAIL_USER_ID in a container). ' +
            "Write the account there and the machine group's identifier here.",
          related: account ? [valueRelated(account, `account ${id.value}`)] : undefined,
        });
      }
    }
  },
});
