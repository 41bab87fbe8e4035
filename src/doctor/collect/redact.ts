/**
 * Redaction (doctor-live-host.md §6): the doctor prints environ values only for an allow-list,
 * and never an access key, secret or token from a log line.
 */

/** Environ keys whose values are printed: the agent's ids and paths, and proxy hosts (credentials stripped). */
const ENV_ALLOWED = /^(ALIYUN_LOGTAIL_(?:USER_ID|USER_DEFINED_ID|CONFIG|WORKING_IP|MAX_CPU|MAX_MEM)|LOONG_[A-Z0-9_]+|(?:ALL|HTTPS?|NO)_PROXY|(?:all|https?|no)_proxy)$/;
const ENV_KEPT = /^(ALIYUN_|LOONG_|(?:ALL|HTTPS?|NO)_PROXY$|(?:all|https?|no)_proxy$)/;
const SECRET_KEY = /(access_?key|secret|token|password|passwd)/i;

/** The agent-relevant part of an environ, redacted: other variables are dropped entirely. */
export function redactEnv(entries: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    if (eq <= 0) continue;
    const key = e.slice(0, eq);
    if (!ENV_KEPT.test(key)) continue;
    const value = e.slice(eq + 1);
    if (SECRET_KEY.test(key) || !ENV_ALLOWED.test(key)) out[key] = '<redacted>';
    else out[key] = /PROXY$/i.test(key) ? stripUserinfo(value) : value;
  }
  return out;
}

/** `http://user:pw@proxy:3128` → `http://<redacted>@proxy:3128`. */
export const stripUserinfo = (url: string): string => url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1<redacted>@');

/**
 * Log text with secrets removed: `"default_access_key" : "…"`, `access_key_id:…`, `AccessKeySecret=…`,
 * `x-acs-security-token: …`, and LTAI access key ids.
 */
export function redactText(text: string): string {
  return text
    .replace(/("[^"]*(?:access_?key|secret|token|password)[^"]*"\s*:\s*)"[^"]*"/gi, '$1"<redacted>"')
    .replace(/\b([A-Za-z_-]*(?:access_?key|secret|token|password)[A-Za-z_-]*\s*[:=]\s*)[^\s\t,;"]+/gi, '$1<redacted>')
    .replace(/\bLTAI[0-9A-Za-z]{8,}\b/g, 'LTAI<redacted>');
}
