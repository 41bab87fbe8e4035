/** Text builders shared by the users/ rule tests: a host's users/ folder as files and folders. */
import type { Tree, ValidCase } from '../../rule-tester.js';

/** The users/ folder next to the agent's files of host `web`. */
export const USERS = 'hosts/web/etc/ilogtail/users';

/** The path of users/ entry `name`. */
export const entry = (name: string): string => `${USERS}/${name}`;

/** A users/ folder with these entries: name → file content (`''`: empty), or any Tree value (`{ dir: true }`). */
export function users(entries: Record<string, Tree[string]>): Tree {
  const tree: Tree = {};
  for (const [name, content] of Object.entries(entries)) tree[entry(name)] = content;
  return tree;
}

/** A clean users/ folder of host `web` and an empty one of host `db`: no users/ rule reports them. */
export const CLEAN_HOSTS: ValidCase = {
  name: 'a clean users/ folder and an empty one of another host',
  files: { ...users({ '1234567890123456': '' }), 'hosts/db/etc/ilogtail/users': { dir: true } },
};

/** What no users/ entry rule reports: the folder itself, dot entries, and a good account ID. */
export const GOOD: ValidCase[] = [
  { name: 'one empty file named after a 16-digit account ID', files: users({ '1234567890123456': '' }) },
  { name: 'the users/ folder itself and dot entries', files: users({ '.keep': 'abc', '.gitkeep': '' }) },
  { name: 'an empty users/ folder', files: { [USERS]: { dir: true } } },
  CLEAN_HOSTS,
];

/** One users/ folder with an entry for each users/ entry rule, and a dot entry none reports. */
export const MIXED: Tree = users({
  '1234****5678': '',
  '1234567890123456.txt': '',
  '123456789012345': '',
  account: '1234567890123456\n',
  '2234567890123456/README': 'team',
  '1559122535028493': '',
  '.keep': '',
});

/** The name of the case on MIXED. */
export const IN_MIXED = 'one folder with a mistake of each kind: only its own entry';

/**
 * The SLS docs' sidecar Job (AlibabaCloudDocs/sls, "通过Sidecar-CRD方式采集容器日志", reduced): its
 * logtail container with `ALIYUN_LOGTAIL_USER_ID` set to `userId`.
 */
export const sidecarJob = (userId: string): string =>
  [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: nginx-log-sidecar-demo',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: logtail',
    '        image: registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest',
    '        env:',
    '          - name: "ALIYUN_LOGTAIL_USER_ID"',
    `            value: "${userId}"`,
    '          - name: "ALIYUN_LOGTAIL_USER_DEFINED_ID"',
    '            value: "nginx-log-sidecar"',
    '',
  ].join('\n');

/** The SLS docs' `docker run` of the Logtail container, with this user ID. */
export const dockerRun = (userId: string): string =>
  `docker run -d -v /:/logtail_host:ro --env ALIYUN_LOGTAIL_CONFIG=/etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json --env ALIYUN_LOGTAIL_USER_ID=${userId} registry.cn-hangzhou.aliyuncs.com/log-service/logtail\n`;
