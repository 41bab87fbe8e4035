/**
 * The host clock against SLS's, from the answers step 4 already got (doctor-live-host.md §4):
 * server time is `x-log-time` (the agent's own preference, LC SLSResponse.cpp:128-155) or `Date`
 * (RFC 1123, whole seconds, truncated: +0.5 s); offset = server − midpoint of send and receive;
 * uncertainty ±(RTT/2 + 0.5 s). The median over every endpoint that answered, as Datadog's NTP
 * check takes the median over its servers.
 */
import type { Checked, ClockEstimate, ProbeResult } from '../../facts/host-runtime.js';

interface Sample {
  offset: number;
  uncertainty: number;
  host: string;
  source: ClockEstimate['source'];
}

export function clockSample(p: ProbeResult): Sample | undefined {
  if (!p.answered || p.receivedAt === undefined) return undefined;
  let server: number;
  let source: ClockEstimate['source'];
  if (p.xLogTime !== undefined) {
    server = p.xLogTime * 1000 + 500;
    source = 'x-log-time';
  } else if (p.date !== undefined) {
    const parsed = Date.parse(p.date);
    if (Number.isNaN(parsed)) return undefined;
    server = parsed + 500;
    source = 'Date';
  } else return undefined;
  const rtt = Math.max(0, p.receivedAt - p.sentAt);
  return { offset: (server - (p.sentAt + p.receivedAt) / 2) / 1000, uncertainty: rtt / 2000 + 0.5, host: p.target.host, source };
}

/** Only SLS's answers count: a proxy's or captive portal's clock says nothing about SLS's. */
export function estimateClock(probes: Checked<readonly ProbeResult[]>): Checked<ClockEstimate> {
  if (!probes.checked) return { checked: false, reason: probes.reason };
  const samples = probes.value.filter((p) => p.slsEvidence).map(clockSample).filter((s): s is Sample => s !== undefined);
  if (samples.length === 0) return { checked: false, reason: 'no SLS endpoint answered with a Date header, so there is no server clock to compare with' };
  samples.sort((a, b) => a.offset - b.offset);
  const mid = samples.length >> 1;
  const median = samples.length % 2 === 1 ? samples[mid] : undefined;
  const offset = median ? median.offset : (samples[mid - 1].offset + samples[mid].offset) / 2;
  const uncertainty = median ? median.uncertainty : Math.max(samples[mid - 1].uncertainty, samples[mid].uncertainty);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    checked: true,
    value: {
      offsetSec: round(offset),
      uncertaintySec: round(uncertainty),
      samples: samples.length,
      hosts: [...new Set(samples.map((s) => s.host))],
      source: samples.some((s) => s.source === 'x-log-time') ? 'x-log-time' : 'Date',
    },
  };
}
