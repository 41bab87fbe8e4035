/** Host bundles: the agent files and containers of the repo, grouped per host. */
import type { DeclaredHost } from '../config/types.js';
import type { Facts } from '../facts/index.js';
import { folderOf, stripInstallPath, type DeclaredMatch } from './bundle-roots.js';
import { readBundleIdentity } from './bundle-values.js';
import type { ConfigLocator } from './located.js';
import type { BundleFacts, DeclaredHostFacts, HostBundle } from './types.js';

type MutableFacts = { -readonly [K in keyof BundleFacts]: BundleFacts[K] extends readonly (infer T)[] ? T[] : BundleFacts[K] };

interface Draft {
  id: string;
  kind: HostBundle['kind'];
  root: string;
  files: Set<string>;
  facts: MutableFacts;
  declared?: DeclaredMatch;
}

const emptyBundleFacts = (): MutableFacts => ({
  agentConfigs: [],
  userDefinedIds: [],
  usersEntries: [],
  appInfos: [],
  installCommands: [],
  identityWrites: [],
});

export function buildBundles(facts: Facts, declaredAt: (dir: string) => DeclaredMatch | undefined, config: ConfigLocator): HostBundle[] {
  const drafts = new Map<string, Draft>();
  // Facts of one folder share its bundle: strip the install path once per folder, not per fact.
  const byFolder = new Map<string, Draft>();
  const draftFor = (folder: string): Draft => {
    const known = byFolder.get(folder);
    if (known) return known;
    const stripped = stripInstallPath(folder);
    const declared = declaredAt(stripped);
    const root = declared?.root ?? stripped;
    let d = drafts.get(root);
    if (!d) {
      d = { id: root, kind: 'files', root, files: new Set(), facts: emptyBundleFacts(), declared };
      drafts.set(root, d);
    }
    byFolder.set(folder, d);
    return d;
  };
  const add = <T extends { file: string }>(list: readonly T[], folder: (f: T) => string, into: (d: MutableFacts) => T[]) => {
    for (const fact of list) {
      const d = draftFor(folder(fact));
      into(d.facts).push(fact);
      d.files.add(fact.file);
    }
  };
  add(facts.agentConfigs, (f) => folderOf(f.file), (d) => d.agentConfigs);
  add(facts.userDefinedIds, (f) => folderOf(f.file), (d) => d.userDefinedIds);
  // users/<id> belongs with the folder that holds users/.
  add(facts.usersEntries, (f) => folderOf(f.dir), (d) => d.usersEntries);
  add(facts.appInfos, (f) => folderOf(f.file), (d) => d.appInfos);
  add(facts.installCommands, (f) => folderOf(f.file), (d) => d.installCommands);
  add(facts.identityWrites, (f) => folderOf(f.file), (d) => d.identityWrites);

  // Each Kubernetes container is its own host (or its own view of a node).
  for (const c of facts.containers) {
    const id = `${c.file}#${c.workload}/${c.container}`;
    if (drafts.has(id)) continue;
    drafts.set(id, {
      id,
      kind: 'container',
      root: c.file,
      files: new Set([c.file]),
      facts: { ...emptyBundleFacts(), container: c },
      declared: declaredAt(folderOf(c.file)),
    });
  }

  const out: HostBundle[] = [];
  for (const d of [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const bundleFacts = Object.freeze(d.facts) as BundleFacts;
    const identity = readBundleIdentity(bundleFacts);
    const reportedIp = identity.workingIp ?? (identity.workingIpOpen ? undefined : identity.appInfoIp);
    out.push(
      Object.freeze({
        id: d.id,
        kind: d.kind,
        root: d.root,
        files: Object.freeze([...d.files].sort()),
        facts: bundleFacts,
        declared: d.declared && declaredFacts(d.declared.host, d.declared.index, config),
        region: identity.region,
        network: identity.network,
        identifiers: Object.freeze(identity.identifiers),
        identifiersOpen: identity.identifiersOpen,
        workingIp: identity.workingIp,
        workingIpOpen: identity.workingIpOpen,
        appInfoIp: identity.appInfoIp,
        reportedIp,
        accounts: Object.freeze(identity.accounts),
        accountsOpen: identity.accountsOpen,
        usersDirs: Object.freeze(identity.usersDirs),
      }),
    );
  }
  return out;
}

function declaredFacts(host: DeclaredHost, index: number, config: ConfigLocator): DeclaredHostFacts {
  return Object.freeze({
    path: host.path,
    ecs: host.ecs,
    region: host.region,
    accountId: host.accountId,
    at: { value: host.path, ...config.at(['hosts', index]) },
  });
}

/** What a host bundle is called: its folder (`hosts/web`, `.`), or `k8s/ds.yaml DaemonSet/logtail-ds container logtail`. */
export function bundleName(b: HostBundle): string {
  const c = b.facts.container;
  if (b.kind === 'container' && c) return `${c.file} ${c.workload} container ${c.container}`;
  return b.root === '' ? '.' : b.root;
}
