/**
 * The agent's env vars where real repositories set them outside a Pod's `env`: Kubernetes Secrets
 * and `envFrom`, Dockerfile `ENV` / `ARG`, `docker run -e` in scripts (shapes from the SLS docs'
 * Docker page and alibaba/loongcollector docker/Dockerfile_production, reduced and re-typed).
 */
import { describe, expect, it } from 'vitest';
import { read, span, v } from './util.js';

describe('Kubernetes Secrets and envFrom', () => {
  it('a secretKeyRef resolves to the Secret stringData or base64 data; the model records where the value is written', async () => {
    const facts = await read({
      'k8s/secret.yaml': [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: logtail-account',
        'type: Opaque',
        'data:',
        '  uid: MTIzNDU2Nzg5MDEyMzQ1Ng==',
        '  broken: "not base64!"',
        'stringData:',
        '  masked: "1****************"',
        '',
      ].join('\n'),
      'k8s/ds.yaml': [
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata:',
        '  name: logtail-ds',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: logtail',
        '          image: registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest',
        '          env:',
        '            - name: ALIYUN_LOGTAIL_USER_ID',
        '              valueFrom:',
        '                secretKeyRef: {name: logtail-account, key: uid}',
        '',
      ].join('\n'),
    });
    expect(facts.configMaps.map((c) => [c.kind, c.name, [...c.data]])).toEqual([
      [
        'Secret',
        'logtail-account',
        [
          ['uid', '1234567890123456'],
          ['masked', '1****************'],
        ],
      ],
    ]);
    const c = facts.containers[0];
    expect(v(c.userId)).toBe('"1234567890123456" @14:17-14:64');
    expect(c.resolvedFrom?.userId && [c.resolvedFrom.userId.file, c.resolvedFrom.userId.kind, span(c.resolvedFrom.userId.range)]).toEqual([
      'k8s/secret.yaml',
      'Secret',
      '7:8-7:32',
    ]);
    expect(v(c.image)).toBe('"registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest" @10:18-10:78');
  });

  it('envFrom fills a field env leaves unset; a ConfigMap and a Secret of one name are not confused', async () => {
    const facts = await read({
      'k8s/all.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: agent}',
        'data:',
        '  ALIYUN_LOGTAIL_USER_ID: "1111111111111111"',
        '  ALIYUN_LOGTAIL_USER_DEFINED_ID: from-configmap',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: agent}',
        'stringData:',
        '  ALIYUN_LOGTAIL_USER_ID: "2222222222222222"',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '    - name: logtail',
        '      image: logtail',
        '      envFrom:',
        '        - secretRef: {name: agent}',
        '      env:',
        '        - {name: ALIYUN_LOGTAIL_USER_DEFINED_ID, value: own}',
        '',
      ].join('\n'),
    });
    const c = facts.containers[0];
    expect([v(c.userId), v(c.userDefinedId)]).toEqual(['"2222222222222222" @19:13-19:20', '"own" @24:57-24:60']);
    expect(c.resolvedFrom?.userId?.kind).toBe('Secret');
  });
});

describe('Dockerfile ENV and ARG', () => {
  it('ENV in both forms, an ARG default passed on by ENV NAME=$NAME, and agent FROM images', async () => {
    const text = [
      'FROM sls-opensource-registry.cn-shanghai.cr.aliyuncs.com/loongcollector-community-edition/loongcollector:3.0.5 AS base',
      'ARG ALIYUN_LOGTAIL_USER_ID=1234567890123456',
      'ENV ALIYUN_LOGTAIL_USER_ID=$ALIYUN_LOGTAIL_USER_ID \\',
      '    ALIYUN_LOGTAIL_USER_DEFINED_ID="web prod"',
      'ENV ALIYUN_LOGTAIL_CONFIG /etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json',
      '# ENV ALIYUN_LOGTAIL_WORKING_IP=10.0.0.1',
      'ENV ALIYUN_LOGTAIL_WORKING_IP=${HOST_IP}',
      'FROM debian:12',
      '',
    ].join('\n');
    const facts = await read({ 'docker/Dockerfile': text });
    expect(facts.agentEnv.map((e) => [e.origin, e.name, v(e.value), span(e)])).toEqual([
      ['dockerfile-arg', 'ALIYUN_LOGTAIL_USER_ID', '"1234567890123456" @2:28-2:44', '2:5-2:44'],
      ['dockerfile-env', 'ALIYUN_LOGTAIL_USER_ID', '"1234567890123456" @2:28-2:44', '3:5-3:51'],
      ['dockerfile-env', 'ALIYUN_LOGTAIL_USER_DEFINED_ID', '"web prod" @4:36-4:46', '4:5-4:46'],
      ['dockerfile-env', 'ALIYUN_LOGTAIL_CONFIG', '"/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json" @5:27-5:78', '5:5-5:78'],
      ['dockerfile-env', 'ALIYUN_LOGTAIL_WORKING_IP', '?${HOST_IP} @7:31-7:41', '7:5-7:41'],
    ]);
    // The quoted value is spelled verbatim inside its quotes: a fix may replace it there.
    const quoted = facts.agentEnv[2].value;
    expect(quoted.known && quoted.literal && text.slice(...quoted.literal)).toBe('web prod');
    expect(facts.images.map((i) => [i.origin, v(i.image)])).toEqual([
      ['dockerfile-from', '"sls-opensource-registry.cn-shanghai.cr.aliyuncs.com/loongcollector-community-edition/loongcollector:3.0.5" @1:6-1:111'],
    ]);
  });

  it('a Dockerfile by another name (Dockerfile_production, app.dockerfile) is one; a shell script with ENV lines is not', async () => {
    const env = 'FROM centos:7\nENV ALIYUN_LOGTAIL_USER_DEFINED_ID default\n';
    const facts = await read({ 'docker/Dockerfile_production': env, 'app.dockerfile': env, 'notes.sh': env });
    expect(facts.agentEnv.map((e) => [e.file, v(e.value)]).sort()).toEqual([
      ['app.dockerfile', '"default" @2:36-2:43'],
      ['docker/Dockerfile_production', '"default" @2:36-2:43'],
    ]);
  });
});

describe('docker run -e in scripts', () => {
  it("the SLS docs' docker run: each --env setting and the image; a markdown-escaped placeholder is what the shell passes", async () => {
    const facts = await read({
      'run-logtail.sh':
        'docker run -d -v /:/logtail_host:ro -v /var/run:/var/run --env ALIYUN_LOGTAIL_CONFIG=/etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json ' +
        '--env=ALIYUN_LOGTAIL_USER_ID=$\\{your\\_aliyun\\_user\\_id\\} -e ALIYUN_LOGTAIL_USER_DEFINED_ID="$GROUP_ID" -eOTHER=1 registry.cn-hangzhou.aliyuncs.com/log-service/logtail\n',
    });
    expect(facts.agentEnv.map((e) => [e.origin, e.name, v(e.value)])).toEqual([
      ['docker-run', 'ALIYUN_LOGTAIL_CONFIG', '"/etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json" @1:86-1:146'],
      ['docker-run', 'ALIYUN_LOGTAIL_USER_ID', '"${your\\\\_aliyun\\\\_user\\\\_id}" @1:147-1:203'],
      ['docker-run', 'ALIYUN_LOGTAIL_USER_DEFINED_ID', '?ALIYUN_LOGTAIL_USER_DEFINED_ID="$GROUP_ID" @1:207-1:249'],
    ]);
    expect(facts.images.map((i) => v(i.image))).toEqual(['"registry.cn-hangzhou.aliyuncs.com/log-service/logtail" @1:260-1:313']);
  });

  it('options with values are skipped; the command after the image is not read as options', async () => {
    const facts = await read({ 'start.sh': 'sudo docker run --name logtail -p 80:80 -e ALIYUN_LOGTAIL_USER_ID=1234567890123456 my/logtail:1 -e ALIYUN_LOGTAIL_USER_ID=9\n' });
    expect(facts.agentEnv.map((e) => [e.name, v(e.value)])).toEqual([['ALIYUN_LOGTAIL_USER_ID', '"1234567890123456" @1:67-1:83']]);
  });
});
