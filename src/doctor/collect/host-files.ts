/**
 * The host's agent files as discovered files: found at their real paths (never by walking the
 * root), named `host:<path on the host>`, and handed to the same pipeline as a repository's files,
 * so every config/, endpoint/, region/, users/, user-defined-id/ and host/ rule runs on them.
 * Also the modification time of each, for doctor/restart-needed.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { classifyFile } from '../../core/file-kinds.js';
import type { DiscoveredFile, DiscoverProblem } from '../../core/source-file.js';
import type { AgentInstall, HostFileTime, HostOs } from '../../facts/host-runtime.js';
import { localPath, onHost } from './paths.js';

export interface HostFiles {
  files: DiscoveredFile[];
  problems: DiscoverProblem[];
  fileTimes: HostFileTime[];
}

export function collectHostFiles(root: string, os: HostOs, installs: readonly AgentInstall[]): HostFiles {
  const files = new Map<string, DiscoveredFile>();
  const problems: DiscoverProblem[] = [];
  const fileTimes: HostFileTime[] = [];
  const addFile = (hostP: string, reload: HostFileTime['reload']) => {
    const abs = localPath(root, onHost(hostP));
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (!st.isFile() || files.has(hostP)) return;
    const kind = classifyFile(hostP);
    if (!kind) return;
    files.set(hostP, { path: hostP, absPath: abs, kind });
    fileTimes.push({ file: hostP, mtimeMs: st.mtimeMs, reload });
  };
  const addUsers = (usersHostDir: string) => {
    const abs = localPath(root, onHost(usersHostDir));
    let entries: Dirent[];
    try {
      if (!statSync(abs).isDirectory()) return;
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') problems.push({ kind: 'unreadable-dir', path: usersHostDir, message: code ?? String(err) });
      return;
    }
    files.set(usersHostDir, { path: usersHostDir, absPath: abs, kind: 'users-entry', isDirectory: true, usersDir: true });
    fileTimes.push({ file: usersHostDir, mtimeMs: statSync(abs).mtimeMs, reload: 'periodic' });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = `${usersHostDir}/${e.name}`;
      files.set(p, { path: p, absPath: `${abs}/${e.name}`, kind: 'users-entry', isDirectory: e.isDirectory() });
    }
  };
  const sysConfDirs = new Set<string>();
  for (const inst of installs) {
    if (inst.configFile) addFile(inst.configFile, 'start');
    // LoongCollector's partial startup configs (and the SLS build's, when it has them).
    for (const dir of [`${inst.dir}/conf/instance_config/local`]) {
      for (const name of safeList(localPath(root, onHost(dir))).sort()) if (name.endsWith('.json')) addFile(`${dir}/${name}`, 'start');
    }
    if (inst.appInfoFile) addFile(inst.appInfoFile, 'start');
    sysConfDirs.add(inst.sysConfDir);
  }
  // The account and id folder exists without an install too (an image prepared ahead of the agent).
  sysConfDirs.add(os === 'windows' ? 'host:C:/LogtailData' : 'host:/etc/ilogtail');
  for (const dir of sysConfDirs) {
    addFile(`${dir}/user_defined_id`, 'periodic');
    addUsers(`${dir}/users`);
  }
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems, fileTimes };
}

function safeList(abs: string): string[] {
  try {
    return readdirSync(abs);
  } catch {
    return [];
  }
}
