import { lineOf, valueRelated } from '../shared/message-utils.js';
import { bundleName } from '../../model/fleet.js';
import { endpointFor } from '../../knowledge/endpoints.js';
import { declaredEcsRegion } from '../../model/joins.js';
import { defineRule } from '../types.js';

/**
 * The agent uses the Internet endpoint on an ECS instance in the same region as the endpoint.
 * It works, but the intranet endpoint is the installer's default for ECS (docs/reference/sls-regions-and-iac.md
 * B.1) and public endpoints on same-region ECS "work, cost more" (docs/reference/real-world-patterns.md).
 */
export default defineRule({
  id: 'host/internet-on-ecs',
  severity: 'info',
  description: 'The Internet endpoint on an ECS instance in the same region, where the intranet one is the default',
  check({ fleet, report }) {
    for (const b of fleet.bundles) {
      const net = b.network;
      if (!net || net.value !== 'internet' || !b.region || !b.declared) continue;
      const region = b.region.value;
      if (declaredEcsRegion(b) !== region) continue;
      const intranet = endpointFor(region, 'intranet', 'data-server');
      report({
        file: net.file,
        range: net.range,
        pointer: net.pointer,
        message:
          `${bundleName(b)} is declared an ECS instance in ${region} (${lineOf(b.declared.at)}) but sends to the Internet endpoint: this works, but costs more than the intranet endpoint, ` +
          `which is the installer's default on ECS. Use ${intranet ? `"${intranet}" (install parameter \`${region}\`)` : `the ${region} intranet endpoint`} unless the host must go through the Internet.`,
        related: [valueRelated(b.declared.at, 'the host declaration')],
      });
    }
  },
});
