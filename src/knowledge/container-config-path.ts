/**
 * The `<param>` folder of a container's `ALIYUN_LOGTAIL_CONFIG` path
 * (`/etc/ilogtail/conf/<param>/ilogtail_config.json`, from which the agent's config is made:
 * docs/reference/sls-regions-and-iac.md B.1, C.7). The Kubernetes reader records where the
 * folder is written (ContainerFact.configParam), so the model needs no file text; the model
 * reads the folder of paths resolved from a ConfigMap.
 */
import type { SourceFile } from '../core/source-file.js';
import { known, type Known } from '../core/value.js';

const CONFIG_PATH = /\/ilogtail\/conf\/([^/]+)\/ilogtail_config\.json$/;

/**
 * The `<param>` folder of a config path; undefined when the path has no such folder. When the
 * file spells the path verbatim (and `source` is given), the folder gets a range of its own.
 */
export function containerInstallParam(path: Known<string>, source: SourceFile | undefined): Known<string> | undefined {
  const m = CONFIG_PATH.exec(path.value);
  if (!m) return undefined;
  const segment = m[1];
  if (!path.literal || !source) return { ...path, value: segment, literal: undefined };
  const start = path.literal[0] + m.index + '/ilogtail/conf/'.length;
  return known(segment, source.rangeOf(start, segment.length), path.pointer, [start, start + segment.length]);
}
