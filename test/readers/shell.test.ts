import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../src/facts/index.js';
import { scriptReader } from '../../src/readers/script.js';
import { newShellScanState, scanShellText } from '../../src/readers/shell.js';
import { span, textFile, v } from './util.js';

/** Scan a script and return installs and writes in a compact, comparable form. */
function scan(text: string, path = 'scripts/setup.sh') {
  const facts = emptyFacts();
  scriptReader.read(textFile(path, text, 'script'), facts);
  return {
    installs: facts.installCommands.map((f) => ({ tool: f.tool, param: v(f.param), download: v(f.downloadRegion), at: span(f) })),
    writes: facts.identityWrites.map((f) => ({ target: f.target, appends: f.appends, value: v(f.value), at: span(f) })),
  };
}

describe('install commands', () => {
  it('reads the install parameter and the download region of the line before', () => {
    const r = scan(
      'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh -O logtail.sh\n' +
        'chmod 755 logtail.sh; ./logtail.sh install cn-hangzhou-internet\n',
    );
    expect(r.installs).toEqual([{ tool: 'logtail.sh', param: '"cn-hangzhou-internet" @2:44-2:64', download: '"cn-hangzhou" @1:45-1:56', at: '2:23-2:64' }]);
  });

  it('finds the installer after sudo, sh and bash, with quotes and line continuations', () => {
    const r = scan('sudo bash ./logtail.sh install "cn-beijing"\nsh logtail.sh \\\n  install ap-southeast-1\n');
    expect(r.installs).toEqual([
      { tool: 'logtail.sh', param: '"cn-beijing" @1:32-1:44', download: undefined, at: '1:11-1:44' },
      { tool: 'logtail.sh', param: '"ap-southeast-1" @3:11-3:25', download: undefined, at: '2:4-3:25' },
    ]);
  });

  it('leaves expansions unknown', () => {
    const r = scan('./logtail.sh install ${REGION}-vpc\n./loongcollector.sh install $REGION\n./logtail.sh install "$(curl -s meta/region)"\n./logtail.sh install {{ region }}-internet\n');
    expect(r.installs.map((i) => [i.tool, i.param])).toEqual([
      ['logtail.sh', '?${REGION}-vpc @1:22-1:35'],
      ['loongcollector.sh', '?$REGION @2:29-2:36'],
      ['logtail.sh', '?"$(curl -s meta/region)" @3:22-3:46'],
      ['logtail.sh', '?{{ region }}-internet @4:22-4:43'],
    ]);
  });

  it('records an install without a parameter as unknown and empty', () => {
    expect(scan('./logtail.sh install\n').installs).toEqual([{ tool: 'logtail.sh', param: '? @1:21-1:21', download: undefined, at: '1:1-1:21' }]);
  });

  it('ignores downloads, chmod and comments that only mention the installer', () => {
    const r = scan('# ./logtail.sh install cn-hangzhou\nwget https://x/logtail.sh -O logtail.sh\nchmod +x logtail.sh\necho "run ./logtail.sh install later"\n');
    expect(r.installs).toEqual([]);
  });

  it('reads the Windows installer and LoongCollector download hosts', () => {
    const r = scan('.\\logtail_installer.exe install cn-shanghai\n', 'install.ps1');
    expect(r.installs).toEqual([{ tool: 'logtail_installer.exe', param: '"cn-shanghai" @1:33-1:44', download: undefined, at: '1:1-1:44' }]);
    const lc = scan('wget https://loongcollector-cn-beijing.oss-cn-beijing.aliyuncs.com/loongcollector.sh; bash loongcollector.sh install cn-beijing\n');
    expect(lc.installs[0].download).toBe('"cn-beijing" @1:44-1:54');
    expect(lc.installs[0].param).toBe('"cn-beijing" @1:118-1:128');
  });

  it('takes the download region from a templated bucket name as unknown', () => {
    const r = scan('wget http://logtail-release-${REGION}.oss-${REGION}.aliyuncs.com/linux64/logtail.sh\n./logtail.sh install cn-hangzhou\n');
    expect(r.installs[0].download).toBe('?${REGION} @1:43-1:52');
  });

  it('reads RUN lines of a Dockerfile', () => {
    const r = scan('FROM centos:7\nRUN wget -q http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh && sh logtail.sh install cn-hangzhou && \\\n    echo "ds" > /etc/ilogtail/user_defined_id\n', 'Dockerfile');
    expect(r.installs).toEqual([{ tool: 'logtail.sh', param: '"cn-hangzhou" @2:121-2:132', download: '"cn-hangzhou" @2:52-2:63', at: '2:102-2:132' }]);
    expect(r.writes).toEqual([{ target: 'user_defined_id', appends: false, value: '"ds" @3:10-3:14', at: '3:5-3:46' }]);
  });
});

describe('identity writes', () => {
  it('echo with > and >>', () => {
    const r = scan('echo my-id > /etc/ilogtail/user_defined_id\necho -n "a b" >> /etc/ilogtail/user_defined_id\n');
    expect(r.writes).toEqual([
      { target: 'user_defined_id', appends: false, value: '"my-id" @1:6-1:11', at: '1:1-1:43' },
      { target: 'user_defined_id', appends: true, value: '"a b" @2:9-2:14', at: '2:1-2:47' },
    ]);
  });

  it('tee and tee -a take the value from the command piped in', () => {
    const r = scan('echo web | sudo tee -a /etc/ilogtail/user_defined_id\necho "$HOSTNAME" | tee /etc/ilogtail/user_defined_id >/dev/null\ncat ids.txt | tee /etc/ilogtail/user_defined_id\n');
    expect(r.writes).toEqual([
      { target: 'user_defined_id', appends: true, value: '"web" @1:6-1:9', at: '1:1-1:53' },
      { target: 'user_defined_id', appends: false, value: '?"$HOSTNAME" @2:6-2:17', at: '2:1-2:53' },
      { target: 'user_defined_id', appends: false, value: '?cat ids.txt @3:1-3:12', at: '3:1-3:48' },
    ]);
  });

  it('touch, mkdir and redirections into users/', () => {
    const r = scan('mkdir -p /etc/ilogtail/users\ntouch /etc/ilogtail/users/1234567890123456 /etc/ilogtail/users/${UID2}\n> "/etc/ilogtail/users/111"\n');
    expect(r.writes).toEqual([
      { target: 'users', appends: false, value: '"1234567890123456" @2:27-2:43', at: '2:1-2:43' },
      { target: 'users', appends: false, value: '?${UID2} @2:64-2:71', at: '2:1-2:71' },
      { target: 'users', appends: false, value: '"111" @3:24-3:27', at: '3:1-3:28' },
    ]);
  });

  it('reads the script of sh -c and printf', () => {
    const r = scan(`sudo sh -c 'echo id-1 >> /etc/ilogtail/user_defined_id'\nprintf 'id-2\\n' > /etc/ilogtail/user_defined_id\n`);
    expect(r.writes).toEqual([
      { target: 'user_defined_id', appends: true, value: '"id-1" @1:18-1:22', at: '1:13-1:55' },
      { target: 'user_defined_id', appends: false, value: '"id-2" @2:8-2:16', at: '2:1-2:48' },
    ]);
  });

  it('a write from a heredoc is unknown', () => {
    const r = scan('cat > /etc/ilogtail/user_defined_id <<EOF\nweb\nEOF\n');
    expect(r.writes).toEqual([{ target: 'user_defined_id', appends: false, value: '?cat > /etc/ilogtail/user_defined_id <<EOF @1:1-1:42', at: '1:1-1:36' }]);
  });

  it('ignores unrelated users/ folders and files merely named in a command', () => {
    const r = scan('touch /home/users/x\ncat /etc/ilogtail/user_defined_id\nrm -f /etc/ilogtail/user_defined_id\n');
    expect(r.writes).toEqual([]);
  });
});

describe('a whole install script', () => {
  it('reads every install and write of the fixture', () => {
    const r = scan(readFileSync(new URL('../fixtures/readers/install.sh', import.meta.url), 'utf8'));
    expect(r.installs).toEqual([
      { tool: 'logtail.sh', param: '?"${REGION}-internet" @6:27-6:47', download: '?${REGION} @4:43-4:52', at: '6:6-6:47' },
      { tool: 'logtail.sh', param: '"cn-beijing" @7:22-7:32', download: '?${REGION} @4:43-4:52', at: '7:1-7:32' },
    ]);
    expect(r.writes).toEqual([
      { target: 'users', appends: false, value: '"1234567890123456" @9:27-9:43', at: '9:1-9:43' },
      { target: 'user_defined_id', appends: true, value: '"my-id" @10:6-10:13', at: '10:1-10:46' },
      { target: 'user_defined_id', appends: false, value: '"app-1" @11:18-11:23', at: '11:13-11:55' },
      { target: 'user_defined_id', appends: false, value: '"a" @12:8-12:13', at: '12:1-12:54' },
    ]);
  });
});

describe('scanShellText', () => {
  it('maps offsets of embedded text and keeps the download region across pieces', () => {
    const text = 'xx\nwget http://logtail-release-eu-central-1.oss-eu-central-1.aliyuncs.com/linux64/logtail.sh\n./logtail.sh install eu-central-1\n';
    const facts = emptyFacts();
    const f = textFile('a.yaml', text, 'yaml');
    const state = newShellScanState();
    scanShellText(text.slice(3, 92), 3, f.source, 'a.yaml', facts, state);
    scanShellText(text.slice(92), 92, f.source, 'a.yaml', facts, state);
    expect(facts.installCommands.map((i) => [v(i.param), v(i.downloadRegion), span(i)])).toEqual([['"eu-central-1" @3:22-3:34', '"eu-central-1" @2:46-2:58', '3:1-3:34']]);
  });

  it('survives huge and pathological input', () => {
    const facts = emptyFacts();
    const f = textFile('big.sh', '', 'script');
    const junk = ['$('.repeat(50_000), '"'.repeat(10_001), "'unterminated", '${'.repeat(30_000), '`'.repeat(9_999), '\\'.repeat(20_001), '{{'.repeat(40_000)];
    for (const j of junk) expect(() => scanShellText(j + ' ./logtail.sh install x > /etc/ilogtail/user_defined_id', 0, f.source, 'big.sh', facts)).not.toThrow();
    const big = 'echo hello world; ls -la | grep x && true\n'.repeat(50_000) + './logtail.sh install cn-hangzhou\n';
    const t = Date.now();
    scanShellText(big, 0, textFile('big.sh', big, 'script').source, 'big.sh', facts);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(facts.installCommands.at(-1)?.param).toMatchObject({ known: true, value: 'cn-hangzhou' });
  });
});

describe('what a write needs around it (issue 9): its path, the echo option, the shell, folders made', () => {
  const read = (text: string, path = 'scripts/setup.sh') => {
    const facts = emptyFacts();
    scriptReader.read(textFile(path, text, 'script'), facts);
    return facts;
  };

  it('records the path, how it is written and the echo option', () => {
    const f = read('#!/bin/sh\necho -e "web\\napi" > /etc/ilogtail/user_defined_id\necho 1 | tee "/etc/ilogtail/user_defined_id"\ntouch /etc/ilogtail/users/1234567890123456\n');
    expect(f.identityWrites.map((w) => [w.path, w.via, w.echoOption && `${w.echoOption.text} @${span(w.echoOption)}`, w.shell?.shell, w.shell?.from])).toEqual([
      ['/etc/ilogtail/user_defined_id', 'redirect', '-e @2:6-2:8', 'sh', 'shebang'],
      ['/etc/ilogtail/user_defined_id', 'tee', undefined, 'sh', 'shebang'],
      ['/etc/ilogtail/users/1234567890123456', 'touch', undefined, 'sh', 'shebang'],
    ]);
  });

  it('reads `#!/usr/bin/env bash` and knows no shell without a shebang', () => {
    expect(read('#!/usr/bin/env bash\necho -e x > /etc/ilogtail/user_defined_id\n').identityWrites[0].shell).toEqual({ shell: 'bash', from: 'shebang' });
    expect(read('echo -e x > /etc/ilogtail/user_defined_id\n').identityWrites[0].shell).toBeUndefined();
  });

  it('takes the shell of a `bash -c` body over the shebang', () => {
    const f = read("#!/bin/sh\nsudo bash -c 'echo -e x > /etc/ilogtail/user_defined_id'\n");
    expect(f.identityWrites[0].shell).toEqual({ shell: 'bash', from: 'sh-c' });
  });

  it('gives Dockerfile RUN lines /bin/sh, the stage image, and a SHELL change', () => {
    const text = [
      'FROM ubuntu:22.04 AS base', // 1
      'RUN echo -e "a" > /etc/ilogtail/user_defined_id', // 2
      'SHELL ["/bin/bash", "-c"]', // 3
      'RUN echo -e "b" > /etc/ilogtail/user_defined_id', // 4
      'FROM base', // 5
      'RUN echo -e "c" > /etc/ilogtail/user_defined_id', // 6
      'FROM alpine:3.19', // 7
      'RUN echo "d" > /etc/ilogtail/user_defined_id && \\', // 8
      '    echo "e" >> /etc/ilogtail/user_defined_id', // 9
      'RUN ["sh", "-c", "echo f > /etc/ilogtail/user_defined_id"]', // 10
      '',
    ].join('\n');
    const f = read(text, 'docker/Dockerfile');
    expect(f.identityWrites.map((w) => [w.range.start.line, w.shell?.shell, w.shell?.image, w.shell && span({ range: w.shell.imageRange! })])).toEqual([
      [2, 'sh', 'ubuntu:22.04', '1:6-1:18'],
      [4, 'bash', 'ubuntu:22.04', '1:6-1:18'],
      [6, 'bash', 'ubuntu:22.04', '1:6-1:18'],
      [8, 'sh', 'alpine:3.19', '7:6-7:17'],
      [9, 'sh', 'alpine:3.19', '7:6-7:17'],
    ]);
  });

  it('records mkdir of the agent folders, with -p', () => {
    const f = read('mkdir -p /etc/ilogtail/users\nsudo mkdir /etc/ilogtail && touch /etc/ilogtail/user_defined_id\nmkdir -p /opt/app\n');
    expect(f.directories.map((d) => [d.path, d.parents, span(d)])).toEqual([
      ['/etc/ilogtail/users', true, '1:1-1:29'],
      ['/etc/ilogtail', false, '2:1-2:25'],
    ]);
  });

  it('records a write into user_log_config.json', () => {
    const f = read('./logtail.sh install cn-shanghai\necho "${uid}::${group}" > /etc/ilogtail/user_log_config.json\n');
    expect(f.identityWrites.map((w) => [w.target, w.path])).toEqual([['user_log_config', '/etc/ilogtail/user_log_config.json']]);
  });
});
