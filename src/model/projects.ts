/**
 * Projects and machine groups, with their regions resolved.
 *
 * A Terraform resource lives in the region of its `alicloud` provider: the default (un-aliased)
 * provider of its module folder, or `provider = alicloud.<alias>`. A folder with only aliased
 * providers has an unconfigured default, so resources without `provider =` have no known region
 * (docs/reference/real-world-patterns.md, "Machine groups"). Plan JSON facts carry their region; ROS has none.
 * A machine group lives in its project, so a group without a region of its own takes the project's.
 */
import path from 'node:path';
import type { DeclaredProject } from '../config/types.js';
import type { MachineGroupFact, ProjectFact, ProviderFact } from '../facts/index.js';
import type { Value } from '../core/value.js';
import { knownString, type ConfigLocator } from './located.js';
import type { IdentifyKind, Located, MachineGroup, Project } from './types.js';

const TERRAFORM_FORMATS = new Set(['terraform', 'terraform-json']);

const normDir = (d: string) => (d === '.' || d === '' ? '' : d.replace(/\/+$/, ''));
const dirOf = (file: string) => normDir(path.posix.dirname(file));
const normAlias = (a: string | undefined) => (a === undefined || a === '' ? undefined : a.replace(/^alicloud\./, ''));

/** Region of a resource's provider: Located, 'unknown', or undefined when no provider says. */
type ProviderRegion = Located | 'unknown' | undefined;

/** Resolves `(file, alias)` to the provider region of the resource's module folder. */
export function providerResolver(providers: readonly ProviderFact[]): (file: string, alias: string | undefined) => ProviderRegion {
  const byKey = new Map<string, ProviderFact[]>();
  const dirsWithProviders = new Set<string>();
  for (const p of providers) {
    const dir = normDir(p.moduleDir);
    dirsWithProviders.add(dir);
    const key = `${dir}\0${normAlias(p.alias) ?? ''}`;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return (file, alias) => {
    const dir = dirOf(file);
    const list = byKey.get(`${dir}\0${normAlias(alias) ?? ''}`);
    // No block at all for this folder (a child module inheriting its caller's provider, or an
    // unconfigured default next to aliased blocks): nothing the repo states here.
    if (!list) return dirsWithProviders.has(dir) ? 'unknown' : undefined;
    let found: Located | undefined;
    for (const p of list) {
      const r = p.region;
      if (!r || !r.known) return 'unknown';
      const loc = knownString(r, p.file);
      if (!loc) return 'unknown';
      if (found && found.value !== loc.value) return 'unknown'; // duplicate default providers that disagree
      found ??= loc;
    }
    return found;
  };
}

/** The region a fact states itself, else its provider's. 'unknown' when an expression or unresolvable. */
function ownRegion(
  fact: { file: string; format: string; region?: Value<string>; providerAlias?: string },
  provider: ReturnType<typeof providerResolver>,
): ProviderRegion {
  if (fact.region) return knownString(fact.region, fact.file) ?? 'unknown';
  if (TERRAFORM_FORMATS.has(fact.format)) return provider(fact.file, fact.providerAlias);
  return undefined;
}

export function buildProjects(
  facts: readonly ProjectFact[],
  declared: readonly DeclaredProject[],
  provider: ReturnType<typeof providerResolver>,
  config: ConfigLocator,
): Project[] {
  const declaredByName = new Map<string, { p: DeclaredProject; i: number }>();
  declared.forEach((p, i) => {
    if (!declaredByName.has(p.name)) declaredByName.set(p.name, { p, i });
  });
  const declaredLoc = (i: number, key: 'name' | 'region' | 'ownerAccountId', value: string): Located => {
    const at = config.at(['projects', i, key]);
    return { value, ...at };
  };
  const used = new Set<string>();
  const out: Project[] = [];
  for (const f of facts) {
    const name = knownString(f.name, f.file);
    const decl = name ? declaredByName.get(name.value) : undefined;
    if (decl) used.add(decl.p.name);
    const own = ownRegion(f, provider);
    // The lint config fills what the IaC leaves open (no provider, `var.region`), never overrides it.
    const region = own !== undefined && own !== 'unknown' ? own : decl ? declaredLoc(decl.i, 'region', decl.p.region) : undefined;
    const owner =
      knownString(f.ownerAccountId, f.file) ??
      (decl?.p.ownerAccountId !== undefined ? declaredLoc(decl.i, 'ownerAccountId', decl.p.ownerAccountId) : undefined);
    out.push(
      Object.freeze({
        id: `${f.file}#${f.address}`,
        format: f.format,
        file: f.file,
        address: f.address,
        range: f.range,
        name,
        region,
        ownerAccountId: owner,
        fact: f,
      }),
    );
  }
  declared.forEach((p, i) => {
    if (used.has(p.name) || declaredByName.get(p.name)?.i !== i) return;
    const at = config.at(['projects', i]);
    out.push(
      Object.freeze({
        id: `lint-config#${p.name}`,
        format: 'lint-config' as const,
        file: at.file,
        address: `projects[${i}]`,
        range: at.range,
        name: declaredLoc(i, 'name', p.name),
        region: declaredLoc(i, 'region', p.region),
        ownerAccountId: p.ownerAccountId === undefined ? undefined : declaredLoc(i, 'ownerAccountId', p.ownerAccountId),
      }),
    );
  });
  return out;
}

/** Finds a group's project: by resource reference (same module folder first), else by name. */
export function projectFinder(projects: readonly Project[]): (g: MachineGroupFact) => { project?: Project; candidates: readonly Project[] } {
  const byDirAddress = new Map<string, Project>();
  const byAddress = new Map<string, Project[]>();
  const byName = new Map<string, Project[]>();
  for (const p of projects) {
    if (p.fact) {
      byDirAddress.set(`${dirOf(p.file)}\0${p.address}`, p);
      push(byAddress, p.address, p);
    }
    if (p.name) push(byName, p.name.value, p);
  }
  return (g) => {
    if (g.projectRef) {
      const local = byDirAddress.get(`${dirOf(g.file)}\0${g.projectRef}`);
      if (local) return { project: local, candidates: [local] };
      const global = byAddress.get(g.projectRef);
      if (global?.length === 1) return { project: global[0], candidates: global };
    }
    const name = g.project?.known ? g.project.value : undefined;
    if (name === undefined) return { candidates: [] };
    const list = byName.get(name) ?? [];
    return list.length === 1 ? { project: list[0], candidates: list } : { candidates: list };
  };
}

export function buildMachineGroups(
  facts: readonly MachineGroupFact[],
  findProject: ReturnType<typeof projectFinder>,
  provider: ReturnType<typeof providerResolver>,
): MachineGroup[] {
  return facts.map((f) => {
    const { project, candidates } = findProject(f);
    const own = ownRegion(f, provider);
    let region: Located | undefined = own === 'unknown' ? undefined : own;
    if (!region) {
      if (project) region = project.region;
      // The same name defined twice: usable only when every definition agrees on the region.
      else if (candidates.length > 1 && candidates.every((c) => c.region && c.region.value === candidates[0].region?.value)) region = candidates[0].region;
    }
    const identifiers: Located[] = [];
    let complete = f.identifiers.known;
    if (f.identifiers.known) {
      for (const v of f.identifiers.value) {
        if (!v.known) complete = false;
        const loc = knownString(v, f.file);
        if (loc) identifiers.push(Object.freeze(loc));
      }
    }
    return Object.freeze({
      id: `${f.file}#${f.address}`,
      fact: f,
      file: f.file,
      range: f.range,
      name: knownString(f.name, f.file),
      project,
      projectName: project?.name?.value ?? (f.project?.known ? f.project.value : undefined),
      region,
      kind: identifyKind(f),
      identifiers: Object.freeze(identifiers),
      identifiersComplete: complete,
    });
  });
}

function identifyKind(f: MachineGroupFact): IdentifyKind | undefined {
  const t = f.identifyType ? (f.identifyType.known ? f.identifyType.value : undefined) : f.identifyTypeDefault;
  return t === 'ip' || t === 'userdefined' ? t : undefined;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
