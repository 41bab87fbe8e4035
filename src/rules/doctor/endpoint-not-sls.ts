import { defineRule } from '../types.js';
import { describeTarget } from './endpoint-unreachable.js';
import { hostOf } from './util.js';

/**
 * Step 4: an endpoint answered, but not as SLS: no `x-log-requestid` header and no SLS error body.
 * A proxy, captive portal or DNS hijack answers instead, and the agent rejects such replies
 * (`invalid response body`: `IsSLSResponse` requires `x-log-requestid` when
 * `enable_response_verification` is on, its default; LC SLSResponse.cpp:98-126).
 */
export default defineRule({
  id: 'doctor/endpoint-not-sls',
  severity: 'warning',
  description: 'An SLS endpoint of the host config is answered by something that is not SLS (a proxy, portal or hijacked name)',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.probes.checked) return;
    for (const p of host.rt.probes.value) {
      if (!p.answered || p.slsEvidence) continue;
      const t = p.target;
      const who = [p.server && `Server: ${p.server}`, p.bodySample && `body "${p.bodySample.slice(0, 60)}"`].filter(Boolean).join(', ');
      report({
        file: t.site.file,
        range: t.site.range,
        pointer: t.site.pointer,
        message:
          `${describeTarget(p)} answered HTTP ${p.status} on port ${t.port}, but not as SLS (no x-log-requestid header, no SLS error body${who ? `; ${who}` : ''}): ` +
          'a proxy, captive portal or DNS override answers for this name, and the agent rejects replies without x-log-requestid ("invalid response body"). Let *.log.aliyuncs.com through to SLS, or fix the name resolution.',
      });
    }
  },
});
