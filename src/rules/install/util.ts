import type { InstallParam } from '../../knowledge/endpoints.js';
import type { InstallCommandFact } from '../../facts/index.js';
import type { Known } from '../../core/value.js';
import type { Fleet } from '../../model/fleet.js';

export interface ReadParam {
  /** Where the parameter is written. */
  file: string;
  /** How messages show it: `./logtail.sh install cn-hangzhou`, or the container's config path. */
  shown: string;
  /** The install command; undefined for a container's `ALIYUN_LOGTAIL_CONFIG` path. */
  fact?: InstallCommandFact;
  /** The parameter as written. */
  param: Known<string>;
  /** As the installer reads it; undefined when the text cannot be a parameter. */
  parsed?: InstallParam;
  /** Region before the installer's own mapping (finance and corp forms): `normalized` minus the network suffix. */
  writtenRegion?: string;
}

/** The install parameters of the model (src/model/install-params.ts), with how messages show each. */
export function knownParams(fleet: Fleet): ReadParam[] {
  return fleet.installParams.map((u) => ({
    file: u.file,
    shown: u.from.kind === 'command' ? `${commandOf(u.from.command)} ${u.param.value}` : `ALIYUN_LOGTAIL_CONFIG ${u.from.path.value}`,
    fact: u.from.kind === 'command' ? u.from.command : undefined,
    param: u.param,
    parsed: u.parsed,
    writtenRegion: u.writtenRegion,
  }));
}

/** `./logtail.sh install`, `.\logtail_installer.exe install`: how the command is written. */
export function commandOf(fact: InstallCommandFact): string {
  return fact.tool === 'logtail_installer.exe' ? '.\\logtail_installer.exe install' : `./${fact.tool} install`;
}
