import { lineOf, valueRelated } from '../shared/message-utils.js';
import { bundleName, type HostBundle } from '../../model/fleet.js';
import { endpointFor } from '../../knowledge/endpoints.js';
import { declaredEcsRegion } from '../../model/joins.js';
import { defineRule } from '../types.js';

/** Network types whose hosts resolve only inside Alibaba Cloud, in their own region. */
const INTRANET = new Set(['intranet', 'vpc-legacy']);

/**
 * The agent uses an intranet endpoint (`<r>-intranet.log.aliyuncs.com`) on a host that cannot
 * reach it: a host declared not to be ECS, or an ECS instance in another region. Intranet
 * endpoints "only resolve correctly through Alibaba Cloud's internal DNS" (docs/reference/sls-regions-and-iac.md
 * A.1, S1) and serve the classic network and VPC of their region; the installer's default
 * (intranet) is for ECS in the project's region (B.1). "If ... the host is unreachable, the
 * install is wrong and collection fails" (B.2).
 */
export default defineRule({
  id: 'host/network-unreachable',
  severity: 'error',
  description: 'An intranet endpoint on a host that is not ECS, or is ECS in another region',
  check({ fleet, report }) {
    for (const b of fleet.bundles) {
      const net = b.network;
      const d = b.declared;
      if (!net || !d || !b.region || !INTRANET.has(net.value)) continue;
      const region = b.region.value;
      const ecsRegion = declaredEcsRegion(b);
      let why: string;
      if (d.ecs === false) why = `${bundleName(b)} is declared not to be an ECS instance (${lineOf(d.at)}), and intranet endpoints resolve only through Alibaba Cloud's internal DNS`;
      else if (ecsRegion !== undefined && ecsRegion !== region) why = `${bundleName(b)} is declared an ECS instance in ${ecsRegion} (${lineOf(d.at)}), and an intranet endpoint serves only hosts of its own region (${region})`;
      else continue;
      report({
        file: net.file,
        range: net.range,
        pointer: net.pointer,
        message: `The agent uses the ${region} intranet endpoint, but ${why}: the host cannot reach SLS and collects nothing. ${fix(b, region)}`,
        related: [valueRelated(d.at, 'the host declaration')],
      });
    }
  },
});

function fix(b: HostBundle, region: string): string {
  const internet = endpointFor(region, 'internet', 'data-server');
  const config = endpointFor(region, 'internet', 'config-server');
  const files = internet && config ? ` (data_server_list endpoint "${internet}", config_server_address "${config}")` : '';
  return `Use the Internet endpoint${files}, i.e. install with \`logtail.sh install ${region}-internet\`, or transfer acceleration (\`${region}-acceleration\`, enabled on the project first)${b.kind === 'container' ? '; for a container, point ALIYUN_LOGTAIL_CONFIG at /etc/ilogtail/conf/' + region + '-internet/ilogtail_config.json' : ''}.`;
}
