import { defineRule } from '../types.js';
import { autoAdjust, clockAnchor, describeOffset, hostOf, SLS_MAX_SKEW_SEC, syncAdvice } from './util.js';

/**
 * Seed step 5: the host clock is more than 15 minutes (900 s) off SLS's, beyond the uncertainty of
 * the estimate. SLS rejects every such request with `RequestTimeExpired` ("The time difference
 * between the request and the server exceeds 15 minutes", SLS error codes), so heartbeats and
 * uploads fail. With `enable_log_time_auto_adjust: true` the agent corrects its request time by
 * the server's (LC TimeUtil.cpp:313-316), and the finding becomes doctor/clock-drift's.
 */
export default defineRule({
  id: 'doctor/clock-skew',
  severity: 'error',
  description: 'The host clock is more than 15 minutes off SLS: every request fails with RequestTimeExpired',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.clock.checked) return;
    const c = host.rt.clock.value;
    if (Math.abs(c.offsetSec) - c.uncertaintySec <= SLS_MAX_SKEW_SEC || autoAdjust(host.bundle)) return;
    report({
      ...clockAnchor(host),
      message:
        `${describeOffset(c)}: SLS rejects requests more than 15 minutes (${SLS_MAX_SKEW_SEC} s) off its clock with RequestTimeExpired, so the agent's heartbeats and uploads fail. ` +
        `${syncAdvice(host.rt.timeSyncConfigs)} Or set "enable_log_time_auto_adjust": true in ilogtail_config.json and restart the agent, so that it signs with SLS's time.`,
    });
  },
});
