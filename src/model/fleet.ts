import type { DiscoverProblem, ReadFile } from '../core/source-file.js';
import type { ResolvedConfig } from '../config/types.js';
import { safeParseTree } from '../core/json-tree.js';
import { declaredHostMatcher } from './bundle-roots.js';
import { buildBundles } from './bundles.js';
import { resolveContainers } from './containers.js';
import type { Facts } from '../facts/index.js';
import type { HostRuntime } from '../facts/host-runtime.js';
import { buildIndex, type FleetIndex } from './indexes.js';
import { configLocator } from './located.js';
import { buildMachineGroups, buildProjects, projectFinder, providerResolver } from './projects.js';
import type { HostBundle, MachineGroup, Project } from './types.js';

export type * from './types.js';
export type { FleetIndex, RegionGroups } from './indexes.js';

/** What the pipeline hands to the model stage. */
export interface FleetInput {
  /** Absolute folder that paths are relative to. */
  cwd: string;
  config: ResolvedConfig;
  readFiles: readonly ReadFile[];
  discoverProblems: readonly DiscoverProblem[];
  facts: Facts;
  /** What the doctor saw on a live host (processes, probes, clock, …); absent for the linter. */
  host?: HostRuntime;
}

/**
 * The model every rule reads: what the readers found, joined into projects, machine groups and
 * host bundles, with maps for the joins. Built once per run and never changed by a rule.
 */
export interface Fleet extends Readonly<FleetInput> {
  /** Projects from the IaC, merged with `.logtail-lint.json` declarations of the same name, then declared-only ones. */
  readonly projects: readonly Project[];
  readonly machineGroups: readonly MachineGroup[];
  /** Host bundles, sorted by id. */
  readonly bundles: readonly HostBundle[];
  readonly index: FleetIndex;
}

export function buildFleet(input: FleetInput): Fleet {
  const { cwd, config, readFiles } = input;
  const facts = { ...input.facts, containers: resolveContainers(input.facts.containers, input.facts.configMaps) };
  const locator = configLocator(cwd, config.configFile, readFiles, (text) => safeParseTree(text, { allowTrailingComma: true, disallowComments: false }).root);
  const provider = providerResolver(facts.providers);
  const projects = Object.freeze(buildProjects(facts.projects, config.projects, provider, locator));
  const machineGroups = Object.freeze(buildMachineGroups(facts.machineGroups, projectFinder(projects), provider));
  const bundles = Object.freeze(buildBundles(facts, declaredHostMatcher(config.hosts, cwd, config.baseDir), locator));
  const index = buildIndex(projects, machineGroups, bundles);
  return Object.freeze({ ...input, facts, projects, machineGroups, bundles, index });
}
