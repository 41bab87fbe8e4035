/**
 * Where the agent is installed under the root, at the paths the installer and the agent use
 * (doctor-live-host.md §2.1): Logtail 1.x and LoongCollector's SLS build in
 * `/usr/local/ilogtail<suffix>` with `/etc/ilogtail<suffix>`, LoongCollector community in
 * `/opt/loongcollector`, Windows Logtail in `Program Files[ (x86)]/Alibaba/Logtail` with
 * `C:\LogtailData`. Only `stat`, `readdir` and `readlink`: nothing is executed.
 */
import { lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import type { AgentInstall, HostOs } from '../../facts/host-runtime.js';
import { hostPath, localPath } from './paths.js';

const exists = (root: string, p: string): boolean => {
  try {
    statSync(localPath(root, p));
    return true;
  } catch {
    return false;
  }
};

const firstExisting = (root: string, ...candidates: string[]): string | undefined => candidates.find((c) => exists(root, c));

function linkTarget(root: string, p: string): string | undefined {
  try {
    const local = localPath(root, p);
    return lstatSync(local).isSymbolicLink() ? readlinkSync(local) : undefined;
  } catch {
    return undefined;
  }
}

function list(root: string, dir: string): string[] {
  try {
    return readdirSync(localPath(root, dir));
  } catch {
    return [];
  }
}

/** The host path of the first candidate that exists. */
const found = (root: string, ...candidates: string[]): string | undefined => {
  const f = firstExisting(root, ...candidates);
  return f && hostPath(f);
};

const opt = <T>(key: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [key]: value });

/** Every install under the root, default instance first. */
export function findInstalls(root: string, os: HostOs): AgentInstall[] {
  return os === 'windows' ? windowsInstalls(root) : linuxInstalls(root);
}

function linuxInstalls(root: string): AgentInstall[] {
  const out: AgentInstall[] = [];
  // INSTANCE_SUFFIX installs: /usr/local/ilogtail<suffix> (logtail.sh `:773-791`).
  const suffixes = list(root, '/usr/local')
    .filter((n) => /^ilogtail[\w.-]*$/.test(n) && !/^ilogtail_\d/.test(n))
    .map((n) => n.slice('ilogtail'.length))
    .sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
  for (const sfx of suffixes) {
    const dir = `/usr/local/ilogtail${sfx}`;
    const lc = exists(root, `${dir}/loongcollector`);
    const binary = lc ? `${dir}/loongcollector` : firstExisting(root, `${dir}/ilogtail`);
    const daemon = lc ? `loongcollectord${sfx}` : `ilogtaild${sfx}`;
    const control = firstExisting(root, `/etc/init.d/${daemon}`);
    const systemdUnit = firstExisting(root, `/etc/systemd/system/${daemon}.service`, `/usr/lib/systemd/system/${daemon}.service`, `/lib/systemd/system/${daemon}.service`);
    const configFile = firstExisting(root, `${dir}/ilogtail_config.json`, `${dir}/loongcollector_config.json`);
    if (!binary && !configFile && !control) continue; // an unrelated folder of that name
    out.push({
      layout: lc ? 'loongcollector-sls' : 'logtail-linux',
      product: lc ? 'loongcollector' : 'ilogtail',
      dir: hostPath(dir),
      ...opt('binary', binary && hostPath(binary)),
      ...opt('binaryTarget', binary && linkTarget(root, binary)),
      ...opt('control', control && hostPath(control)),
      ...opt('systemdUnit', systemdUnit && hostPath(systemdUnit)),
      ...opt('configFile', configFile && hostPath(configFile)),
      ...opt('appInfoFile', found(root, `${dir}/app_info.json`)),
      // `ilogtail.LOG` in the SLS (__CORP__) build of LoongCollector, `loongcollector.LOG` otherwise (LC AppConfig.cpp:491-497).
      ...opt('logFile', found(root, ...(lc ? [`${dir}/ilogtail.LOG`, `${dir}/loongcollector.LOG`] : [`${dir}/ilogtail.LOG`]))),
      sysConfDir: hostPath(`/etc/ilogtail${sfx}`),
      suffix: sfx,
      restartCommand: systemdUnit ? `sudo systemctl restart ${daemon}` : `sudo /etc/init.d/${daemon} restart`,
    });
  }
  const community = '/opt/loongcollector';
  if (exists(root, `${community}/loongcollector`) || exists(root, `${community}/conf/instance_config/local/loongcollector_config.json`)) {
    const binary = firstExisting(root, `${community}/loongcollector`);
    const control = firstExisting(root, `${community}/scripts/loongcollector_control.sh`);
    const configFile = firstExisting(root, `${community}/conf/instance_config/local/loongcollector_config.json`);
    out.push({
      layout: 'loongcollector-community',
      product: 'loongcollector',
      dir: hostPath(community),
      ...opt('binary', binary && hostPath(binary)),
      ...opt('control', control && hostPath(control)),
      ...opt('configFile', configFile && hostPath(configFile)),
      ...opt('appInfoFile', found(root, `${community}/run/app_info.json`)),
      ...opt('logFile', found(root, `${community}/log/loongcollector.LOG`)),
      sysConfDir: hostPath(`${community}/conf`),
      suffix: '',
      restartCommand: `sudo ${community}/scripts/loongcollector_control.sh stop && sudo ${community}/scripts/loongcollector_control.sh start`,
    });
  }
  return out;
}

function windowsInstalls(root: string): AgentInstall[] {
  const out: AgentInstall[] = [];
  // 64-bit Windows installs the (32-bit) agent in Program Files (x86); 32-bit Windows in Program Files (seed, step 3).
  for (const pf of ['C:/Program Files (x86)', 'C:/Program Files']) {
    const dir = `${pf}/Alibaba/Logtail`;
    if (!exists(root, dir)) continue;
    const configFile = firstExisting(root, `${dir}/ilogtail_config.json`);
    out.push({
      layout: 'logtail-windows',
      product: 'ilogtail',
      dir: hostPath(dir),
      binary: hostPath(dir),
      ...opt('configFile', configFile && hostPath(configFile)),
      ...opt('appInfoFile', found(root, `${dir}/app_info.json`)),
      ...opt('logFile', found(root, `${dir}/ilogtail.LOG`)),
      sysConfDir: hostPath('C:/LogtailData'),
      suffix: '',
      restartCommand: 'restart the LogtailDaemon service (services.msc, or `sc stop LogtailDaemon` then `sc start LogtailDaemon` in an administrator prompt)',
    });
  }
  return out;
}
