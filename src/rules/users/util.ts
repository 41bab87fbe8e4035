import type { AccountIdUse, Fleet } from '../../model/fleet.js';
import type { UsersEntryFact } from '../../facts/index.js';
import { isTemplated } from '../../core/template.js';

/**
 * Entries of users/ folders the agent reads as account IDs: every entry whose name does not
 * start with `.` (docs/reference/agent-config.md §3). The users/ folder itself is not an entry, and a name
 * that is a template placeholder (`{{ account_id }}`) is unknown until rendered.
 */
export function accountEntries(fleet: Fleet): UsersEntryFact[] {
  return fleet.usersEntries.filter((e) => !e.usersDir && e.file !== e.dir && e.name !== '' && !e.name.startsWith('.') && !isTemplated(e.name));
}

/** `1234567890123456.txt` → `1234567890123456`: an ID with an extension added. */
export function idWithExtension(name: string): { id: string; extension: string } | undefined {
  const m = /^(\d+)((?:\.[A-Za-z0-9_-]+)+)$/.exec(name);
  return m ? { id: m[1], extension: m[2] } : undefined;
}

/**
 * Account IDs written in env settings rather than as users/ entries: `ALIYUN_LOGTAIL_USER_ID` of
 * containers (and the ConfigMaps and Secrets that feed it), Dockerfile `ENV`/`ARG` and
 * `docker run -e`. The agent adds each to the same set as the users/ names (agent-config §3), so
 * the users/ checks judge them alike. Script writes into users/ are install/invalid-account-id's.
 */
export function settingAccountIds(fleet: Fleet): AccountIdUse[] {
  return fleet.accountIds.filter((a) => a.from.kind === 'container-env' || a.from.kind === 'config-map' || a.from.kind === 'agent-env');
}

/** How a message names where a setting's account ID is written. */
export function describeAccountSetting(a: AccountIdUse): string {
  const from = a.from;
  switch (from.kind) {
    case 'container-env':
      return `ALIYUN_LOGTAIL_USER_ID of ${from.container.workload} container ${from.container.container}${from.via ? ` (${from.via.kind} ${from.via.name}, key ${from.via.key})` : ''}`;
    case 'config-map':
      return `${from.configMap.kind ?? 'ConfigMap'} ${from.configMap.name} key ALIYUN_LOGTAIL_USER_ID`;
    case 'agent-env':
      return from.setting.origin === 'docker-run'
        ? '`docker run -e ALIYUN_LOGTAIL_USER_ID`'
        : `Dockerfile ${from.setting.origin === 'dockerfile-arg' ? 'ARG' : 'ENV'} ALIYUN_LOGTAIL_USER_ID`;
    default:
      return 'ALIYUN_LOGTAIL_USER_ID';
  }
}

/** `"1234"` or `"1234" (one item of "1234,5678")`. */
export function quotedItem(a: AccountIdUse): string {
  return a.listedIn === undefined ? JSON.stringify(a.value) : `${JSON.stringify(a.value)} (one item of ${JSON.stringify(a.listedIn)})`;
}
