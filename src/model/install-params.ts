/**
 * Every install parameter the repo states (an expression is never judged): that of each install
 * command, and the `<param>` folder of a container's `ALIYUN_LOGTAIL_CONFIG` path
 * (`/etc/ilogtail/conf/<param>/ilogtail_config.json`, from which the agent's config is made:
 * docs/reference/sls-regions-and-iac.md B.1, C.7).
 */
import type { SourceFile } from '../core/source-file.js';
import { known, type Known } from '../core/value.js';
import type { ContainerFact, InstallCommandFact } from '../facts/index.js';
import { parseInstallParam, type InstallParam } from '../knowledge/endpoints.js';

export interface InstallParamUse {
  /** Where the parameter is written. */
  readonly file: string;
  /** The parameter as written, at its own place (for a container path: the folder name within it). */
  readonly param: Known<string>;
  /** As the installer reads it; undefined when the text cannot be a parameter. */
  readonly parsed?: InstallParam;
  /** The region before the installer's own mapping (finance and corp forms): `normalized` minus the network suffix. */
  readonly writtenRegion?: string;
  /** The install command, or the container whose config path it is. */
  readonly from: { readonly kind: 'command'; readonly command: InstallCommandFact } | { readonly kind: 'container'; readonly container: ContainerFact; readonly path: Known<string> };
}

const CONFIG_PATH = /\/ilogtail\/conf\/([^/]+)\/ilogtail_config\.json$/;

/**
 * The `<param>` folder of a container's config path; undefined when the path has no such
 * folder. When the file spells the path verbatim, the folder gets a range of its own.
 */
export function containerInstallParam(path: Known<string>, source: SourceFile | undefined): Known<string> | undefined {
  const m = CONFIG_PATH.exec(path.value);
  if (!m) return undefined;
  const segment = m[1];
  if (!path.literal || !source) return { ...path, value: segment, literal: undefined };
  const start = path.literal[0] + m.index + '/ilogtail/conf/'.length;
  return known(segment, source.rangeOf(start, segment.length), path.pointer, [start, start + segment.length]);
}

export function installParams(commands: readonly InstallCommandFact[], containers: readonly ContainerFact[], sourceOf: (file: string) => SourceFile | undefined): InstallParamUse[] {
  const out: InstallParamUse[] = [];
  for (const command of commands) {
    const p = command.param;
    if (!p.known || typeof p.value !== 'string') continue;
    const parsed = parseInstallParam(p.value);
    out.push({ file: command.file, param: p, parsed, writtenRegion: parsed ? regionPart(parsed) : undefined, from: { kind: 'command', command } });
  }
  for (const container of containers) {
    const path = container.configPath;
    if (!path?.known) continue;
    const param = containerInstallParam(path, sourceOf(container.file));
    const parsed = param && parseInstallParam(param.value);
    if (!param || !parsed) continue; // a folder that is no install parameter: another layout, not judged
    out.push({ file: container.file, param, parsed, writtenRegion: regionPart(parsed), from: { kind: 'container', container, path } });
  }
  return out;
}

function regionPart(p: InstallParam): string {
  for (const s of ['-internet', '-acceleration', '-inner', '-internal']) {
    if (p.normalized.endsWith(s) && p.normalized.length > s.length) return p.normalized.slice(0, -s.length);
  }
  return p.normalized;
}
