/**
 * `--cloud`: what SLS itself says about the host's machine groups, read with Alibaba Cloud's
 * official SDK (`@alicloud/sls20201230`, signing by `@alicloud/gateway-sls`; no hand-written
 * signature). The SDK is an optional peer dependency, loaded with `import()` only here, so the
 * linter and `doctor` without `--cloud` never load its 37 MB (notes/sdk-research.md §1).
 *
 * - Credentials: our own chain over the SDK's providers (environment, profile file, and the ECS RAM
 *   role only on a host known to be ECS), not `new Credential()`'s default chain, which always
 *   asks `https://undefined/` and takes 5-7 s to fail off ECS (sdk-research.md §3).
 * - `--connect-to`: the SDK takes no agent or lookup, so the socket target is changed after the
 *   SDK has built the Host header and signed (sdk-research.md §2 "option B"): the wire Host, the
 *   signature and TLS SNI keep the real name.
 * - Names go into the SDK's paths raw: project and group names are checked against SLS's naming
 *   rules before any call.
 */
import type { CloudGroup, CloudView } from '../../facts/host-runtime.js';
import { UnmappedConnectionError, type Router } from '../net/connect-to.js';
import { METADATA_HOST } from './ecs-metadata.js';

export interface CloudOptions {
  /** `host` or `http(s)://host`: the SLS endpoint of the region (no project prefix). */
  endpoint: string;
  projects: readonly string[];
  /** Group names the repo says the host joins, per project. */
  knownGroups: ReadonlyMap<string, readonly string[]>;
  /** What the host reports, to pick the groups worth listing machines of. */
  hostIp?: string;
  hostIds: readonly string[];
  router: Router;
  timeoutMs: number;
  ca?: string;
  /** The ECS RAM role provider is tried only on a host known to be ECS. */
  ecs: boolean;
  env: Record<string, string | undefined>;
}

/** Most groups read per project when the repo names none. */
export const MAX_GROUPS = 50;

const NAME = /^[a-z0-9][a-z0-9_-]{1,126}[a-z0-9]$/;
const GROUP_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{1,126}[A-Za-z0-9_]$/;

export const SDK_PACKAGES = ['@alicloud/sls20201230', '@alicloud/openapi-core', '@alicloud/credentials'] as const;

export async function collectCloud(o: CloudOptions): Promise<CloudView> {
  const scheme = /^https?:\/\//.exec(o.endpoint)?.[0] ?? 'https://';
  const endpoint = o.endpoint.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const base: CloudView = { endpoint: `${scheme}${endpoint}`, groups: [] };
  const projects = o.projects.filter((p) => NAME.test(p));
  if (projects.length === 0) return { ...base, error: { code: 'NoProject', message: 'no project to ask about: give --project, or --repo with a project the host joins' } };
  let sdk;
  try {
    sdk = await loadSdk();
  } catch (err) {
    return { ...base, error: { code: 'SdkMissing', message: (err as Error).message } };
  }
  const { Client, Config, ListMachinesRequest, ListMachineGroupRequest, Credential, providers } = sdk;
  const chain = [providers.EnvironmentVariableCredentialsProvider.builder().build(), providers.ProfileCredentialsProvider.builder().build()];
  const ecsRoutable = !o.router.denyUnmapped && !o.router.match(METADATA_HOST, 80);
  if (o.ecs && ecsRoutable) chain.push(providers.ECSRAMRoleCredentialsProvider.builder().withConnectTimeout(Math.min(1000, o.timeoutMs)).withReadTimeout(Math.min(1000, o.timeoutMs)).build());
  let credentialSource: string | undefined;
  const provider = {
    getProviderName: () => 'logtail-lint',
    async getCredentials() {
      const errors: string[] = [];
      for (const p of chain) {
        try {
          const c = await p.getCredentials();
          credentialSource = p.getProviderName();
          return c;
        } catch (err) {
          errors.push(`${p.getProviderName()}: ${(err as Error).message}`);
        }
      }
      throw Object.assign(new Error(`no Alibaba Cloud credentials found (${errors.join('; ')})`), { code: 'NoCredentials' });
    },
  };
  const client = new Client(
    new Config({
      credential: new Credential(null, provider),
      endpoint,
      protocol: scheme === 'http://' ? 'http' : 'https',
      connectTimeout: o.timeoutMs,
      readTimeout: o.timeoutMs,
      ...(o.ca ? { ca: o.ca } : {}),
    }),
  );
  routeThrough(client, o.router);

  // The whole read is bounded by --timeout, as every other probe: the SDK's timeouts are per request,
  // and a group takes up to three in a row (list, get, machines) after the credential chain.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), o.timeoutMs);
    timer.unref();
  });
  const beforeDeadline = <T>(p: Promise<T>): Promise<T | 'late'> => {
    p.catch(() => {}); // a request that fails after the deadline is no longer anyone's answer
    return Promise.race([p, late]);
  };
  const timedOut = (project: string, group: string): CloudGroup => ({
    project,
    group,
    error: { code: 'Timeout', message: `SLS did not answer before the doctor's --timeout (${o.timeoutMs} ms were left for --cloud)` },
    durationMs: o.timeoutMs,
  });

  const groups: CloudGroup[] = [];
  const perProject = await Promise.all(
    projects.map(async (project) => {
      let names = [...(o.knownGroups.get(project) ?? [])].filter((g) => GROUP_NAME.test(g));
      if (names.length === 0) {
        const t0 = performance.now();
        try {
          const r = await beforeDeadline(client.listMachineGroup(project, new ListMachineGroupRequest({ offset: 0, size: MAX_GROUPS })));
          if (r === 'late') return [timedOut(project, '*')];
          names = (r.body?.machinegroups ?? []).filter((g: string) => GROUP_NAME.test(g));
        } catch (err) {
          return [{ project, group: '*', error: sdkError(err), durationMs: Math.round(performance.now() - t0) }];
        }
      }
      const read = new Map<string, CloudGroup>();
      const all = Promise.all(names.map(async (g) => read.set(g, await readGroup(client, ListMachinesRequest, project, g, o))));
      await beforeDeadline(all);
      return names.map((g) => read.get(g) ?? timedOut(project, g));
    }),
  );
  clearTimeout(timer);
  for (const list of perProject) groups.push(...list);
  const first = groups.find((g) => g.error && ['NoCredentials', 'SdkMissing'].includes(g.error.code));
  return { ...base, ...(credentialSource ? { credentialSource } : {}), groups, ...(first ? { error: first.error } : {}) };
}

async function readGroup(client: SdkClient, ListMachinesRequest: typeof import('@alicloud/sls20201230').ListMachinesRequest, project: string, group: string, o: CloudOptions): Promise<CloudGroup> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  let def;
  try {
    def = (await client.getMachineGroup(project, group)).body;
  } catch (err) {
    return { project, group, error: sdkError(err), durationMs: ms() };
  }
  const identifiers: string[] = def?.machineList ?? [];
  const identifyType = def?.machineIdentifyType;
  const known = o.knownGroups.get(project)?.includes(group);
  const concernsHost = known || (o.hostIp !== undefined && identifiers.includes(o.hostIp)) || o.hostIds.some((id) => identifiers.includes(id));
  if (!concernsHost) return { project, group, identifyType, identifiers, durationMs: ms() };
  try {
    const r = await client.listMachines(project, group, new ListMachinesRequest({ offset: 0, size: 500 }));
    const machines = (r.body?.machines ?? []).map((m: { ip?: string; userdefinedId?: string; machineUniqueid?: string; lastHeartbeatTime?: number }) => ({
      ...(m.ip ? { ip: m.ip } : {}),
      ...(m.userdefinedId ? { userdefinedId: m.userdefinedId } : {}),
      ...(m.machineUniqueid ? { machineUniqueid: m.machineUniqueid } : {}),
      ...(typeof m.lastHeartbeatTime === 'number' ? { lastHeartbeatTime: m.lastHeartbeatTime } : {}),
    }));
    return { project, group, identifyType, identifiers, machines, durationMs: ms() };
  } catch (err) {
    return { project, group, identifyType, identifiers, error: sdkError(err), durationMs: ms() };
  }
}

/** The SDK's errors (sdk-research.md §2 "Errors"), as code + message; the hermetic guard's error stays an internal error. */
function sdkError(err: unknown): { code: string; message: string; status?: number } {
  if (err instanceof UnmappedConnectionError || (err as Error)?.name === 'UnmappedConnectionError') throw err;
  const e = err as { code?: unknown; message?: unknown; statusCode?: unknown; name?: unknown };
  const message = String(e.message ?? err).replace(/(GET|PUT|POST) (https?:\/\/\S+) failed\.$/, ' ($1 $2)');
  const code = typeof e.code === 'string' && e.code !== '' ? e.code : e.name === 'RequestTimeoutError' ? 'Timeout' : e.name === 'SyntaxError' ? 'NotSlsAnswer' : 'Error';
  return { code, message, ...(typeof e.statusCode === 'number' ? { status: e.statusCode } : {}) };
}

type SdkClient = InstanceType<Awaited<ReturnType<typeof loadSdk>>['Client']>;

/**
 * Option B of sdk-research.md §2: after the SDK's gateway has set Host and signed, point the
 * socket at the --connect-to target (doAction builds the URL from `headers.host`) and keep the
 * original name in a `Host` key, which node:http sends last-wins. Under the hermetic guard an
 * unmapped host throws before any socket opens.
 */
function routeThrough(client: SdkClient, router: Router): void {
  const spi = client._spi;
  const original = spi.modifyRequest.bind(spi);
  spi.modifyRequest = async (ctx, attrs) => {
    await original(ctx, attrs);
    const h = ctx.request.headers;
    if (!h?.host) return; // nothing to route: the SDK builds the URL from the host header
    const tls = String(ctx.request.protocol).toLowerCase() === 'https';
    const [name, portText] = h.host.split(':');
    const port = Number(portText || (tls ? 443 : 80));
    const route = router.route(name, port);
    if (route.via === 'connect-to') {
      h.Host = h.host;
      h.host = `${route.host.includes(':') ? `[${route.host}]` : route.host}:${route.port}`;
    }
  };
}

/** `import()` the SDK (kept out of every bundle: scripts/build.mjs marks `@alicloud/*` external); a missing package or its native lz4 binding becomes one clear message. */
async function loadSdk() {
  // The `debug` module would print the Authorization header and the STS token to stderr.
  if (process.env.DEBUG && /httpx|\*/.test(process.env.DEBUG)) delete process.env.DEBUG;
  try {
    const [sls, core, cred] = await Promise.all([import('@alicloud/sls20201230'), import('@alicloud/openapi-core'), import('@alicloud/credentials')]);
    // CommonJS compiled by tsc: under Node's ESM the class is `.default.default` (sdk-research.md §1).
    return {
      Client: sls.default.default,
      Config: core.$OpenApiUtil.Config,
      ListMachinesRequest: sls.ListMachinesRequest,
      ListMachineGroupRequest: sls.ListMachineGroupRequest,
      Credential: cred.default.default,
      providers: { EnvironmentVariableCredentialsProvider: cred.EnvironmentVariableCredentialsProvider, ProfileCredentialsProvider: cred.ProfileCredentialsProvider, ECSRAMRoleCredentialsProvider: cred.ECSRAMRoleCredentialsProvider },
    };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const install = `npm install ${SDK_PACKAGES.join(' ')}`;
    if (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'MODULE_NOT_FOUND') {
      throw new Error(`--cloud needs Alibaba Cloud's SLS SDK, an optional peer dependency that is not installed (${e.message.split('\n')[0]}). Install it beside logtail-lint: ${install}`, { cause: err });
    }
    throw new Error(`--cloud could not load Alibaba Cloud's SLS SDK: ${e.message.split('\n')[0]}. Reinstall it (${install}); its lz4 native binding comes as an optional dependency that --omit=optional leaves out.`, { cause: err });
  }
}
