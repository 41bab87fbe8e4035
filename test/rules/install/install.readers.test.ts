/** install/ rules on real scripts, through the shell reader. */
import { describe, expect, it } from 'vitest';
import { findings, lintTree, span } from '../../helpers.js';
import { applyEdits } from '../users/run-rule.js';

const SCRIPT = [
  '#!/bin/sh', // 1
  'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh -O logtail.sh', // 2
  'chmod 755 logtail.sh', // 3
  './logtail.sh install cn-shanghai-vpc', // 4
  'echo web-prod >> /etc/ilogtail/user_defined_id', // 5
  'touch /etc/ilogtail/users/1234****5678', // 6
  'touch /etc/ilogtail/users/YOUR_UID', // 7
  './logtail.sh install auto', // 8
  './logtail.sh install ap-southeast-2', // 9
  './logtail.sh install cn-hangzou', // 10
  './logtail.sh install cn-nanjing', // 11
  '',
].join('\n');
const tree = { 'scripts/install.sh': SCRIPT };
const spans = async (ruleId: string, t: Record<string, string> = tree) => (await findings(t, ruleId)).map((d) => `${d.file} ${span(d)}`);

describe('install rules (shell reader)', () => {
  it('report each mistake at its exact range', async () => {
    expect(await spans('install/vpc-suffix')).toEqual(['scripts/install.sh 4:22-4:37']);
    expect(await spans('install/auto-region')).toEqual(['scripts/install.sh 8:22-8:26']);
    expect(await spans('install/retired-region')).toEqual(['scripts/install.sh 9:22-9:36']);
    expect(await spans('install/unknown-region')).toEqual(['scripts/install.sh 10:22-10:32']);
    expect(await spans('install/decommissioning-region')).toEqual(['scripts/install.sh 11:22-11:32']);
    expect(await spans('install/append-user-defined-id')).toEqual(['scripts/install.sh 5:15-5:17']);
    expect(await spans('install/invalid-account-id')).toEqual(['scripts/install.sh 6:27-6:39', 'scripts/install.sh 7:27-7:35']);
  });

  it('download-region-mismatch: once per URL and install region, related to the parameter', async () => {
    const found = await findings(tree, 'install/download-region-mismatch');
    expect(found.map(span)).toEqual(['2:29-2:40', '2:29-2:40', '2:29-2:40']);
    // Findings at one place are in message order (src/core/report-order.ts).
    expect(found.map((d) => /installs for (\S+)\./.exec(d.message)?.[1])).toEqual(['ap-southeast-2', 'cn-nanjing', 'cn-shanghai']);
    expect(found[2].related?.map(span)).toEqual(['4:22-4:37']);
  });

  it('fixes: -vpc dropped, >> becomes >', async () => {
    const [vpc] = await findings(tree, 'install/vpc-suffix');
    expect(applyEdits(SCRIPT, vpc.fix!.edits).split('\n')[3]).toBe('./logtail.sh install cn-shanghai');
    const [append] = await findings(tree, 'install/append-user-defined-id');
    expect(applyEdits(SCRIPT, append.fix!.edits).split('\n')[4]).toBe('echo web-prod > /etc/ilogtail/user_defined_id');
  });

  it('placeholders and tee -a', async () => {
    const t = { 'cloud/setup.sh': 'echo "userdefined" | sudo tee -a /etc/ilogtail/user_defined_id\ntouch /etc/ilogtail/users/1559122535028493\n' };
    expect(await spans('install/placeholder-identity', t)).toEqual(['cloud/setup.sh 1:6-1:19', 'cloud/setup.sh 2:27-2:43']);
    const [tee] = await findings(t, 'install/append-user-defined-id');
    expect(span(tee)).toBe('1:27-1:33');
    expect(applyEdits(t['cloud/setup.sh'], tee.fix!.edits).split('\n')[0]).toBe('echo "userdefined" | sudo tee /etc/ilogtail/user_defined_id');
  });

  it('variables are never judged', async () => {
    const t = {
      'scripts/vars.sh': [
        'wget http://logtail-release-${REGION}.oss-${REGION}.aliyuncs.com/linux64/logtail.sh',
        './logtail.sh install ${REGION}-vpc',
        'echo "${APP}_${ENV}" >> /etc/ilogtail/user_defined_id',
        'touch /etc/ilogtail/users/${ALIYUN_UID}',
        '',
      ].join('\n'),
    };
    for (const id of ['install/unknown-region', 'install/vpc-suffix', 'install/download-region-mismatch', 'install/invalid-account-id', 'install/placeholder-identity']) {
      expect(await spans(id, t), id).toEqual([]);
    }
    // appending is wrong whatever is appended
    expect(await spans('install/append-user-defined-id', t)).toEqual(['scripts/vars.sh 3:22-3:24']);
  });

  it('a clean script has no install/ finding', async () => {
    const t = {
      'scripts/ok.sh': [
        'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh -O logtail.sh',
        './logtail.sh install cn-hangzhou-internet',
        'echo web-prod > /etc/ilogtail/user_defined_id',
        'mkdir -p /etc/ilogtail/users && touch /etc/ilogtail/users/1234567890123456',
        '',
      ].join('\n'),
    };
    const result = await lintTree(t);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('install/')).map((d) => d.ruleId)).toEqual([]);
  });
});

describe('install parameters in a container config path', () => {
  const ds = (param: string) =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          env:\n            - name: ALIYUN_LOGTAIL_CONFIG\n              value: /etc/ilogtail/conf/${param}/ilogtail_config.json\n`;

  it('are judged like install commands, at the folder name', async () => {
    const [unknown] = await findings({ 'k8s/ds.yaml': ds('cn-hangzou') }, 'install/unknown-region');
    expect(span(unknown)).toBe('12:41-12:51');
    expect(unknown.message).toContain('`ALIYUN_LOGTAIL_CONFIG /etc/ilogtail/conf/cn-hangzou/ilogtail_config.json`: "cn-hangzou" is not an SLS region ID');
    expect(await findings({ 'k8s/ds.yaml': ds('ap-south-1') }, 'install/retired-region')).toHaveLength(1);
    expect(await findings({ 'k8s/ds.yaml': ds('cn-nanjing-internet') }, 'install/decommissioning-region')).toHaveLength(1);
    expect(await findings({ 'k8s/ds.yaml': ds('cn-hangzhou-vpc') }, 'install/vpc-suffix')).toHaveLength(1);
  });

  it('a valid parameter, or a folder that is no parameter, is left alone', async () => {
    for (const param of ['cn-hangzhou', 'cn-hangzhou-internet', 'cn-hangzhou-acceleration']) {
      const r = await lintTree({ 'k8s/ds.yaml': ds(param) });
      expect(r.diagnostics.filter((d) => d.ruleId.startsWith('install/')), param).toEqual([]);
    }
  });
});
