/**
 * Every Alibaba Cloud account ID the repository gives an agent, wherever it is written
 * (docs/reference/agent-config.md §3, sls-regions-and-iac.md C.6, C.7): users/ entry names,
 * users/ entries a script creates, `ALIYUN_LOGTAIL_USER_ID` of Kubernetes and Compose containers
 * (with the ConfigMap or Secret value that feeds it, where the value is written), ConfigMap and
 * Secret keys of that name, Dockerfile `ENV` / `ARG` defaults and `docker run -e`. An env value
 * is split as the agent splits it (a comma list, items not trimmed). Values only known at run
 * time are left out; an ID masked with `*` in a script is kept, as the mask is what the file says.
 */
import type { SourceFile } from '../core/source-file.js';
import { FILE_START } from '../core/source-file.js';
import { isTemplated } from '../core/template.js';
import type { Value } from '../core/value.js';
import type { AgentEnvFact, ConfigMapFact, ContainerFact, IdentityWriteFact, UsersEntryFact } from '../facts/index.js';
import { splitUserIdEnv } from './bundle-values.js';
import type { Located } from './types.js';

/** Where an account ID is written. */
export type AccountIdFrom =
  | { readonly kind: 'users-entry'; readonly entry: UsersEntryFact }
  | { readonly kind: 'script-write'; readonly write: IdentityWriteFact }
  /** `ALIYUN_LOGTAIL_USER_ID` of a container; `via` when the value is a ConfigMap's or Secret's (the location is then that value's). */
  | { readonly kind: 'container-env'; readonly container: ContainerFact; readonly via?: { readonly kind: 'ConfigMap' | 'Secret'; readonly name: string; readonly key: string } }
  /** An `ALIYUN_LOGTAIL_USER_ID` key of a ConfigMap or Secret no container in the repository reads (an `envFrom` source elsewhere). */
  | { readonly kind: 'config-map'; readonly configMap: ConfigMapFact; readonly key: string }
  /** A Dockerfile `ENV` or `ARG` default, or `docker run -e`. */
  | { readonly kind: 'agent-env'; readonly setting: AgentEnvFact };

export interface AccountIdUse extends Located {
  readonly from: AccountIdFrom;
  /** Offsets of the ID spelled verbatim in the file, when it is (what a fix replaces). */
  readonly literal?: [number, number];
  /** The value it is one item of, when the env var lists several (`"1234,5678"`). */
  readonly listedIn?: string;
}

const MASK = /^[0-9*xX]*\*[0-9*xX]*$/;

export function accountIdUses(
  facts: {
    usersEntries: readonly UsersEntryFact[];
    identityWrites: readonly IdentityWriteFact[];
    containers: readonly ContainerFact[];
    configMaps: readonly ConfigMapFact[];
    agentEnv: readonly AgentEnvFact[];
  },
  sourceOf: (file: string) => SourceFile | undefined,
): AccountIdUse[] {
  const out: AccountIdUse[] = [];
  for (const entry of facts.usersEntries) {
    // The users/ folder itself is no account; dot entries are skipped by the agent (§3).
    if (entry.usersDir || entry.file === entry.dir || entry.name === '' || entry.name.startsWith('.') || isTemplated(entry.name)) continue;
    out.push({ value: entry.name, file: entry.file, range: FILE_START, from: { kind: 'users-entry', entry } });
  }
  for (const write of facts.identityWrites) {
    if (write.target !== 'users') continue;
    const v = write.value;
    const value = v.known ? v.value : MASK.test(v.expression) ? v.expression : undefined;
    if (value === undefined) continue;
    out.push({ value, file: write.file, range: v.range, ...(v.pointer !== undefined ? { pointer: v.pointer } : {}), from: { kind: 'script-write', write } });
  }
  const consumed = new Set<string>();
  for (const container of facts.containers) {
    const v = container.userId;
    if (!v?.known) continue;
    const via = container.resolvedFrom?.userId;
    if (via) {
      consumed.add(`${via.file}\0${via.name}\0${via.key}`);
      out.push(
        ...items(
          v.value,
          { file: via.file, range: via.range, pointer: via.pointer },
          undefined,
          { kind: 'container-env', container, via: { kind: via.kind, name: via.name, key: via.key } },
          sourceOf,
        ),
      );
    } else out.push(...items(v.value, { file: container.file, range: v.range, pointer: v.pointer }, v, { kind: 'container-env', container }, sourceOf));
  }
  for (const configMap of facts.configMaps) {
    const key = 'ALIYUN_LOGTAIL_USER_ID';
    const value = configMap.data.get(key);
    const place = configMap.places?.get(key);
    if (value === undefined || !place || consumed.has(`${configMap.file}\0${configMap.name}\0${key}`)) continue;
    out.push(...items(value, { file: configMap.file, range: place.range, pointer: place.pointer }, undefined, { kind: 'config-map', configMap, key }, sourceOf));
  }
  for (const setting of facts.agentEnv) {
    if (setting.name !== 'ALIYUN_LOGTAIL_USER_ID' || !setting.value.known) continue;
    out.push(...items(setting.value.value, { file: setting.file, range: setting.value.range }, setting.value, { kind: 'agent-env', setting }, sourceOf));
  }
  return out;
}

/**
 * The IDs of one `ALIYUN_LOGTAIL_USER_ID` value, split as the agent splits it; each at its own
 * place when the value is spelled verbatim (`written`), else at the value.
 */
function items(
  raw: string,
  at: Pick<Located, 'file' | 'range' | 'pointer'>,
  written: Value<string> | undefined,
  from: AccountIdFrom,
  sourceOf: (file: string) => SourceFile | undefined,
): AccountIdUse[] {
  const ids = splitUserIdEnv(raw);
  const out: AccountIdUse[] = [];
  const literal = written?.known ? written.literal : undefined;
  const source = literal ? sourceOf(at.file) : undefined;
  let searchFrom = 0;
  for (const id of ids) {
    if (id === '') continue;
    const base: AccountIdUse = {
      value: id,
      file: at.file,
      range: at.range,
      ...(at.pointer !== undefined ? { pointer: at.pointer } : {}),
      from,
      ...(ids.length > 1 ? { listedIn: raw } : {}),
    };
    const index = raw.indexOf(id, searchFrom);
    if (literal && source && index !== -1) {
      searchFrom = index + id.length;
      const start = literal[0] + index;
      out.push({ ...base, range: source.rangeOf(start, id.length), literal: [start, start + id.length] });
    } else out.push(base);
  }
  return out;
}
