/**
 * Lines of the agent's own log worth a finding (doctor-live-host.md §2.5): the key part of each
 * line, exactly as the agent writes it, where it comes from, and which seed step fixes it.
 * `verified` says how we know the string: `code` (read in the public source at the file given),
 * `sample` (seen in a real log, quoted in a public issue), `doc` (Alibaba's documentation).
 *
 * NOT here, because no public source shows them: the messages the closed (enterprise) agent writes
 * when its SLS heartbeat or config fetch fails. The public `SendHeartBeat:fail` /
 * `GetConfigUpdateInfos:fail` lines belong to the community ConfigServer protocol, not to SLS.
 * Add enterprise strings only from real ilogtail.LOG samples, with `verified: 'sample'`.
 */
export interface AgentLogPattern {
  id: string;
  /** Matched against the record's payload. */
  match: RegExp;
  /** The seed step whose fix applies; 0 for none. */
  step: number;
  meaning: string;
  fix: string;
  verified: 'code' | 'doc' | 'sample';
  source: string;
}

export const AGENT_LOG_PATTERNS: readonly AgentLogPattern[] = Object.freeze([
  {
    id: 'start-config-missing',
    match: /can not find start config:/,
    step: 3,
    meaning: 'the agent started without its startup config, on built-in defaults (no config server, no data server)',
    fix: 'Restore ilogtail_config.json at the path the agent names, then restart it.',
    verified: 'code',
    source: 'loongcollector core/app_config/AppConfig.cpp:764',
  },
  {
    id: 'start-config-invalid',
    match: /start config is not valid json:/,
    step: 3,
    meaning: 'the agent discarded its startup config as invalid JSON and runs on built-in defaults',
    fix: 'Fix the config/ findings of ilogtail_config.json, then restart the agent.',
    verified: 'code',
    source: 'loongcollector core/app_config/AppConfig.cpp:767',
  },
  {
    id: 'send-network-error',
    match: /(?:SendFail|failed to send request):network error|(?:ErrorCode|error code):(?:RequestError|RequestTimeout|ClientOpertaionTimeout)\b/,
    step: 4,
    meaning: 'the agent could not reach its SLS endpoint (network error)',
    fix: 'Fix the network path to the endpoint (step 4).',
    verified: 'code',
    source: 'ilogtail 1.8 core/sender/Sender.cpp:207-216, 357-365, 420-437; loongcollector core/plugin/flusher/sls/FlusherSLS.cpp:764-772, 882-893',
  },
  {
    id: 'curl-connect',
    match: /Can not connect to server\.|Request operation timeout\.|Couldn't resolve host name/,
    step: 4,
    meaning: 'the agent\'s HTTP client could not connect, resolve the name, or finish in time',
    fix: 'Fix the network path to the endpoint (step 4).',
    verified: 'code',
    source: 'ilogtail 1.8 core/sdk/CurlImp.cpp:164-190',
  },
  {
    id: 'send-unauthorized',
    match: /write unauthorized|(?:ErrorCode|error code):Unauthorized\b/,
    step: 6,
    meaning: 'SLS refused the agent\'s writes as unauthorized: no users/<account-id> for the project owner, or HTTPS to the endpoint is blocked',
    fix: 'Add users/<project owner account id> (step 6) and check HTTPS to the endpoint (step 4).',
    verified: 'code',
    source: 'ilogtail 1.8 core/sender/Sender.cpp:259-260; loongcollector FlusherSLS.cpp:811-812',
  },
  {
    id: 'request-expired',
    match: /write request expired|(?:ErrorCode|error code):RequestTimeExpired\b/,
    step: 5,
    meaning: 'SLS rejected the agent\'s requests as expired: the host clock is more than 15 minutes off',
    fix: 'Sync the host clock (step 5), or set enable_log_time_auto_adjust.',
    verified: 'code',
    source: 'ilogtail 1.8 core/sender/Sender.cpp:335-341; loongcollector FlusherSLS.cpp:858-863',
  },
  {
    id: 'project-not-exist',
    match: /(?:ErrorCode|error code):ProjectNotExist\b/,
    step: 3,
    meaning: 'SLS has no such project at the endpoint the agent uses: a wrong region or endpoint',
    fix: 'Point the host at the region of its project (step 3).',
    verified: 'code',
    source: 'loongcollector core/plugin/flusher/sls/SLSConstant.cpp:57-103',
  },
  {
    id: 'access-key-error',
    match: /(?:ErrorCode|error code):(?:SignatureNotMatch|InvalidAccessKeyId|UserNotExist)\b/,
    step: 6,
    meaning: 'SLS refused the agent\'s signature or key: the account the host serves does not own the project',
    fix: 'Check users/<account id> against the project owner (step 6).',
    verified: 'code',
    source: 'loongcollector core/plugin/flusher/sls/SLSConstant.cpp:57-103',
  },
  {
    id: 'not-sls-answer',
    match: /invalid response body/,
    step: 4,
    meaning: 'something that is not SLS answered the agent (no x-log-requestid): a proxy, captive portal or DNS override',
    fix: 'Let *.log.aliyuncs.com through to SLS (step 4).',
    verified: 'code',
    source: 'loongcollector core/plugin/flusher/sls/SLSResponse.cpp:98-126',
  },
  {
    id: 'ip-changed-restart',
    match: /host ip changed during running, prepare to restart Logtail/,
    step: 2,
    meaning: 'the host\'s IP changed and the agent restarted itself; a flapping IP makes it restart again and again',
    fix: 'Set working_ip in ilogtail_config.json to the address the machine group lists (step 2).',
    verified: 'code',
    source: 'loongcollector core/monitor/Monitor.cpp:407-425; ilogtail 1.8 Monitor.cpp:475-477',
  },
  {
    id: 'resource-limit-restart',
    match: /Resource used by program exceeds upper limit/,
    step: 1,
    meaning: 'the agent exceeded cpu_usage_limit / mem_usage_limit and restarts itself',
    fix: 'Raise cpu_usage_limit / mem_usage_limit in ilogtail_config.json, or collect less, then restart the agent.',
    verified: 'code',
    source: 'loongcollector core/monitor/Monitor.cpp:197-199; ilogtail 1.8 Monitor.cpp:178-180',
  },
  {
    id: 'read-event-too-old',
    match: /last read event time is too old/,
    step: 1,
    meaning: 'the agent found its own event loop stuck and exits itself',
    fix: 'Check the agent\'s CPU and disk; the daemon restarts the worker (step 1).',
    verified: 'code',
    source: 'loongcollector core/monitor/Monitor.cpp:266; ilogtail 1.8 Monitor.cpp:218',
  },
  {
    id: 'domain-socket-in-use',
    match: /Bind domain socket:Failed[\s\S]*Address already in use/,
    step: 1,
    meaning: 'a second agent already holds the agent\'s domain socket: two agents run on this host',
    fix: 'Stop every agent instance, then start one (step 1).',
    verified: 'sample',
    source: 'closed 1.x binary, quoted in alibaba/loongcollector issue #136',
  },
  {
    id: 'ecs-metadata-failed',
    match: /fetch ecs instance-identity document fail|fetch ecs token fail/,
    step: 6,
    meaning: 'the agent could not read the ECS metadata, so it does not know the instance\'s owner account and needs users/<owner id>',
    fix: 'Add users/<project owner account id> (step 6), or let the agent reach 100.100.100.200.',
    verified: 'code',
    source: 'loongcollector core/common/EcsMetaData.cpp:164, 287',
  },
]);
