/**
 * Every install parameter the repo states (an expression is never judged): that of each install
 * command, and the `<param>` folder of a container's `ALIYUN_LOGTAIL_CONFIG` path
 * (`/etc/ilogtail/conf/<param>/ilogtail_config.json`, from which the agent's config is made:
 * docs/reference/sls-regions-and-iac.md B.1, C.7).
 */
import type { Known } from '../core/value.js';
import type { ContainerFact, InstallCommandFact } from '../facts/index.js';
import { parseInstallParam, type InstallParam } from '../knowledge/endpoints.js';
import { containerInstallParam } from '../knowledge/container-config-path.js';

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

export function installParams(commands: readonly InstallCommandFact[], containers: readonly ContainerFact[]): InstallParamUse[] {
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
    // The reader placed the folder within a path the file spells verbatim; a resolved configMapKeyRef value has no place of its own.
    const param = container.configParam ?? containerInstallParam(path, undefined);
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
