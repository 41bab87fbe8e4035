import { defineRule } from '../types.js';
import { autoAdjust, clockAnchor, describeOffset, DRIFT_WARN_SEC, hostOf, SLS_MAX_SKEW_SEC, syncAdvice } from './util.js';

/**
 * Seed step 5, the lower threshold: the host clock is more than 60 s off SLS (Datadog's NTP check
 * default), or more than 900 s off while `enable_log_time_auto_adjust` keeps the agent's requests
 * working. Heartbeats still pass, but log times parsed on the host are wrong and land outside
 * query windows.
 */
export default defineRule({
  id: 'doctor/clock-drift',
  severity: 'warning',
  description: 'The host clock is more than 60 s off SLS (or over 15 minutes with enable_log_time_auto_adjust on)',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.clock.checked) return;
    const c = host.rt.clock.value;
    const off = Math.abs(c.offsetSec) - c.uncertaintySec;
    const adjusted = autoAdjust(host.bundle);
    if (off <= DRIFT_WARN_SEC || (off > SLS_MAX_SKEW_SEC && !adjusted)) return; // the second is doctor/clock-skew's
    report({
      ...clockAnchor(host),
      message:
        off > SLS_MAX_SKEW_SEC
          ? `${describeOffset(c)}: enable_log_time_auto_adjust keeps the agent's requests inside SLS's 15-minute window, but every other time on this host (log timestamps parsed from content, cron, TLS) is wrong. ${syncAdvice(host.rt.timeSyncConfigs)}`
          : `${describeOffset(c)}, more than ${DRIFT_WARN_SEC} s: heartbeats still pass (SLS allows 15 minutes), but logs carry a wrong __time__ and fall outside query windows. ${syncAdvice(host.rt.timeSyncConfigs)}`,
    });
  },
});
