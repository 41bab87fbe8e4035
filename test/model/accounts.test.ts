/**
 * `fleet.accountIds`: every account ID the repository gives an agent, each where it is written,
 * from real shapes (the SLS docs' sidecar Job with `ALIYUN_LOGTAIL_USER_ID: "xxxxxxxxxx"`, their
 * `docker run --env`, a users/ folder, a script that touches a masked ID).
 */
import { describe, expect, it } from 'vitest';
import { sidecarJob } from '../rules/users/entries.js';
import { fleetOf, span } from './fixtures.js';

const JOB = sidecarJob('xxxxxxxxxx');

describe('fleet.accountIds', () => {
  it('users/ entries, script writes (a mask kept), container env, docker run and Dockerfile settings, each at its place', async () => {
    const fleet = await fleetOf({
      'hosts/web/etc/ilogtail/users/1234567890123456': '',
      'hosts/web/etc/ilogtail/users/.keep': '',
      'configure-user-id.sh': 'touch /etc/ilogtail/users/1*************\ntouch /etc/ilogtail/users/${ACCOUNT}\n',
      'k8s/job.yaml': JOB,
      'run.sh': 'docker run -d --env ALIYUN_LOGTAIL_USER_ID=1111222233334444,5555666677778888 registry.cn-hangzhou.aliyuncs.com/log-service/logtail\n',
      'docker/Dockerfile': 'FROM registry.cn-hangzhou.aliyuncs.com/log-service/logtail\nENV ALIYUN_LOGTAIL_USER_ID=XXXXXX\n',
    });
    expect(fleet.accountIds.map((a) => [a.from.kind, a.value, a.file, span(a), a.listedIn])).toEqual([
      ['users-entry', '1234567890123456', 'hosts/web/etc/ilogtail/users/1234567890123456', '1:1-1:1', undefined],
      ['script-write', '1*************', 'configure-user-id.sh', '1:27-1:41', undefined],
      ['container-env', 'xxxxxxxxxx', 'k8s/job.yaml', '13:21-13:31', undefined],
      ['agent-env', 'XXXXXX', 'docker/Dockerfile', '2:28-2:34', undefined],
      ['agent-env', '1111222233334444', 'run.sh', '1:44-1:60', '1111222233334444,5555666677778888'],
      ['agent-env', '5555666677778888', 'run.sh', '1:61-1:77', '1111222233334444,5555666677778888'],
    ]);
    const listed = fleet.accountIds.find((a) => a.value === '5555666677778888');
    expect(listed?.literal && fleet.source('run.sh')?.text.slice(...listed.literal)).toBe('5555666677778888');
  });

  it('a Secret value that feeds a container is reported where the Secret writes it; an unread ConfigMap key of that name counts on its own', async () => {
    const fleet = await fleetOf({
      'k8s/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: acct\nstringData:\n  uid: "1****"\n',
      'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: agent-env\ndata:\n  ALIYUN_LOGTAIL_USER_ID: "your_uid"\n',
      'k8s/ds.yaml':
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          image: logtail\n          env:\n' +
        '            - name: ALIYUN_LOGTAIL_USER_ID\n              valueFrom:\n                secretKeyRef: {name: acct, key: uid}\n',
    });
    expect(fleet.accountIds.map((a) => [a.from.kind, a.value, a.file, span(a), a.from.kind === 'container-env' ? a.from.via : undefined])).toEqual([
      ['container-env', '1****', 'k8s/secret.yaml', '6:8-6:15', { kind: 'Secret', name: 'acct', key: 'uid' }],
      ['config-map', 'your_uid', 'k8s/cm.yaml', '6:27-6:37', undefined],
    ]);
  });

  it('values only known at run time are left out', async () => {
    const fleet = await fleetOf({
      'run.sh': 'docker run -e ALIYUN_LOGTAIL_USER_ID="$UID" -e ALIYUN_LOGTAIL_USER_ID logtail\n',
      'docker/Dockerfile': 'FROM logtail\nARG ALIYUN_LOGTAIL_USER_ID\nENV ALIYUN_LOGTAIL_USER_ID=$ALIYUN_LOGTAIL_USER_ID\n',
    });
    expect(fleet.accountIds).toEqual([]);
  });
});
