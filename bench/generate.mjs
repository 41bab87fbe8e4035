#!/usr/bin/env node
// Writes synthetic infra monorepos for the benchmark, deterministic from a seed.
//   node bench/generate.mjs [--cases 1k,10k,50k,config-10k,config-5mb,ip-100k] [--seed N] [--force]
// Importable: ensureRepo(caseName, options) generates a case once and reuses it while the seed
// and the generator's own source are unchanged (a marker file next to the tree records both).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './lib/prng.mjs';
import { REGIONS, accountId, agentConfig, appInfo, userDefinedId } from './lib/gen-hosts.mjs';
import * as iac from './lib/gen-iac.mjs';
import * as noise from './lib/gen-noise.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const WORK_DIR = path.join(BENCH_DIR, '.work');
export const DEFAULT_SEED = 20240607;

/** Every tree the benchmark knows, by name. */
export const CASES = {
  '1k': { kind: 'mixed', files: 1_000 },
  '10k': { kind: 'mixed', files: 10_000 },
  '50k': { kind: 'mixed', files: 50_000 },
  'config-10k': { kind: 'config-only', hosts: 10_000 },
  // Just under the default --max-file-size (5 MiB), so it is parsed rather than skipped as too large.
  'config-5mb': { kind: 'big-config', bytes: 5_000_000 },
  'ip-100k': { kind: 'big-ip-group', ips: 100_000 },
};

/** Share of seeded mistakes among files that can carry one. */
const MISTAKE_RATE = 0.015;

/** Generate `caseName` under `workDir` unless an identical tree is already there. */
export function ensureRepo(caseName, { seed = DEFAULT_SEED, workDir = WORK_DIR, force = false, log = () => {} } = {}) {
  const spec = CASES[caseName];
  if (!spec) throw new Error(`unknown case "${caseName}" (known: ${Object.keys(CASES).join(', ')})`);
  const dir = path.join(workDir, caseName);
  // Outside the tree: a marker inside it would be one more .json for the linter to read.
  const markerFile = path.join(workDir, `${caseName}.marker.json`);
  const want = { case: caseName, seed, generator: generatorHash() };
  if (!force && existsSync(dir) && existsSync(markerFile)) {
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    if (marker.case === want.case && marker.seed === want.seed && marker.generator === want.generator) {
      return { dir, counts: marker.counts, total: marker.total, reused: true };
    }
  }
  log(`generating ${caseName} (seed ${seed}) in ${path.relative(process.cwd(), dir)} ...`);
  rmSync(markerFile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const w = createWriter(dir);
  const rnd = createRandom(seed);
  if (spec.kind === 'mixed') writeMixed(w, rnd, spec.files);
  else if (spec.kind === 'config-only') writeConfigOnly(w, rnd, spec.hosts);
  else if (spec.kind === 'big-config') writeBigConfig(w, rnd, spec.bytes);
  else writeBigIpGroup(w, rnd, spec.ips);
  const result = { ...want, counts: w.counts, total: w.total };
  writeFileSync(markerFile, JSON.stringify(result, null, 2) + '\n');
  return { dir, counts: w.counts, total: w.total, reused: false };
}

/** Hash of the generator's code: editing any of it regenerates the trees. */
function generatorHash() {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of readdirSync(path.join(BENCH_DIR, 'lib')).filter((f) => f.startsWith('gen-') || f === 'prng.mjs').sort()) {
    h.update(readFileSync(path.join(BENCH_DIR, 'lib', f)));
  }
  return h.digest('hex').slice(0, 16);
}

function createWriter(root) {
  const dirs = new Set();
  const counts = {};
  let total = 0;
  return {
    counts,
    get total() {
      return total;
    },
    write(rel, content, category) {
      const abs = path.join(root, rel);
      const parent = path.dirname(abs);
      if (!dirs.has(parent)) {
        mkdirSync(parent, { recursive: true });
        dirs.add(parent);
      }
      writeFileSync(abs, content);
      counts[category] = (counts[category] ?? 0) + 1;
      total++;
    },
  };
}

const ROLES = ['web', 'api', 'worker', 'batch', 'cache', 'gateway'];
const STAGES = ['prod', 'prod', 'staging', 'dev'];
const pad = (n, width = 4) => String(n).padStart(width, '0');

/** A monorepo of about `target` files: hosts, IaC, services, and the trees discovery must skip. */
function writeMixed(w, rnd, target) {
  const share = (s) => Math.max(1, Math.round(target * s));
  const hostCount = Math.max(4, Math.round(share(0.22) / 3.9)); // 3.9 files a host on average
  const envs = planEnvs(rnd.fork('envs'), hostCount);

  w.write('.gitignore', 'node_modules/\n.terraform/\n*.tfstate\n*.tfstate.*\ndist/\ncoverage/\n', 'gitignore');
  w.write('package.json', noise.packageJson(rnd, 'acme-infra'), 'unrelated .json');
  w.write('README.md', '# acme infra\n\nHosts, Terraform and manifests for the acme fleet.\n', 'docs');

  writeHosts(w, rnd.fork('hosts'), envs);
  writeTerraform(w, rnd.fork('terraform'), envs, share(0.04), Math.max(1, Math.round(target / 10_000)));
  writeRos(w, rnd.fork('ros'), share(0.01));
  writeDaemonSets(w, rnd.fork('k8s'), share(0.01));
  writeScripts(w, rnd.fork('scripts'), share(0.015));
  const services = writeServices(w, rnd.fork('services'), share(0.2), share(0.08), Math.max(2, Math.round(target / 500)));
  writeNodeModules(w, rnd.fork('node_modules'), share(0.33), services);
  writeGit(w, rnd.fork('git'), share(0.04));
  writeIgnored(w, rnd.fork('ignored'), share(0.03));
}

/** Environments: one Terraform module, one SLS project and one region each; hosts spread over them. */
function planEnvs(rnd, hostCount) {
  const envCount = Math.max(2, Math.round(hostCount / 40));
  const envs = Array.from({ length: envCount }, (_, i) => {
    const region = rnd.pick(REGIONS);
    const name = `${rnd.pick(STAGES)}-${region.replace(/^(\w+)-(\w+?)(?:-\d+)?$/, (_, a, b) => a + b.slice(0, 3))}-${pad(i, 3)}`;
    return {
      name,
      region,
      project: `acme-${name}-logs`,
      account: rnd.digits(16),
      regionVar: rnd.chance(0.2),
      mistake: rnd.chance(0.02) ? 'provider-region-typo' : undefined,
      // One machine group per role; a fifth of them match hosts by IP rather than by custom ID.
      groupTypes: Object.fromEntries(ROLES.map((role) => [role, rnd.chance(0.2) ? 'ip' : 'userdefined'])),
      hosts: [],
    };
  });
  for (let h = 0; h < hostCount; h++) {
    const env = envs[h % envCount];
    const role = rnd.pick(ROLES);
    const hostname = `${env.name}-${role}-${pad(h)}`;
    const ip = iac.ipAt(10, h);
    // A host that names an identifier no group lists: the agent heartbeats into nothing.
    const orphan = rnd.chance(MISTAKE_RATE);
    env.hosts.push({ hostname, role, ip, id: orphan ? `${hostname}-old` : hostname, orphan, windows: rnd.chance(0.04) });
  }
  return envs;
}

function writeHosts(w, rnd, envs) {
  for (const env of envs) {
    for (const host of env.hosts) {
      const base = `hosts/${host.hostname}`;
      // Windows keeps the agent in C:\Program Files\Alibaba\Logtail and identity in C:\LogtailData (§B.2, §C.5).
      const [configDir, idDir] = host.windows ? [`${base}/C/Program Files/Alibaba/Logtail`, `${base}/C/LogtailData`] : [`${base}/usr/local/ilogtail`, `${base}/etc/ilogtail`];
      w.write(`${configDir}/ilogtail_config.json`, agentConfig(rnd, env.region, { mistake: rnd.chance(MISTAKE_RATE), ip: host.ip }).text, 'ilogtail_config.json');
      // Hosts of IP groups have no custom identifier: the agent reports their IP instead.
      if (env.groupTypes[host.role] === 'userdefined') {
        w.write(`${idDir}/user_defined_id`, userDefinedId(rnd, [host.id], { mistake: rnd.chance(MISTAKE_RATE) }).text, 'user_defined_id');
      }
      w.write(`${idDir}/users/${rnd.chance(MISTAKE_RATE) ? accountId(rnd, { mistake: true }).name : env.account}`, '', 'users/<account id>');
      if (rnd.chance(0.1)) w.write(`${idDir}/users/${accountId(rnd).name}`, '', 'users/<account id>');
      w.write(`${configDir}/app_info.json`, appInfo(rnd, host, { mistake: rnd.chance(MISTAKE_RATE) }).text, 'app_info.json');
    }
  }
}

function writeTerraform(w, rnd, envs, budget, bigIpGroups) {
  let written = 0;
  const tf = (rel, text) => {
    w.write(rel, text, 'terraform .tf');
    written++;
  };
  for (const [i, env] of envs.entries()) {
    const dir = `infra/terraform/envs/${env.name}`;
    env.groups = ROLES.map((role) => {
      const hosts = env.hosts.filter((h) => h.role === role && !h.orphan);
      const type = env.groupTypes[role];
      return {
        role,
        resource: role,
        name: `${env.name}-${role}`,
        type,
        ids: hosts.length > 0 ? hosts.map((h) => (type === 'ip' ? h.ip : h.id)) : [`${env.name}-${role}-spare`],
        sls: rnd.chance(0.1),
        mistake: rnd.chance(0.02) ? rnd.pick(['capital-name', 'default-type-with-ids']) : undefined,
      };
    });
    tf(`${dir}/providers.tf`, iac.tfProviders(rnd, env));
    tf(`${dir}/variables.tf`, iac.tfVariables(env));
    tf(`${dir}/main.tf`, iac.tfMain(env));
    tf(`${dir}/machine_groups.tf`, iac.tfMachineGroups(rnd, env));
    tf(`${dir}/outputs.tf`, iac.tfOutputs(env));
    // Fleet-wide IP groups with thousands of entries, in the first few environments.
    if (i < bigIpGroups) {
      const ips = Array.from({ length: rnd.int(2000, 5000) }, (_, k) => iac.ipAt(172, (16 + (i % 16)) * 64_000 + k));
      const text = iac.tfMachineGroups(rnd, { groups: [{ role: 'fleet', resource: 'fleet_ip', name: `${env.name}-fleet-ip`, type: 'ip', ids: ips }] });
      tf(`${dir}/fleet_ip_group.tf`, text);
    }
  }
  for (let k = 0; written < budget; k++) {
    tf(`infra/terraform/stacks/stack-${pad(Math.floor(k / 3), 3)}/${['network', 'compute', 'data'][k % 3]}.tf`, iac.tfOtherInfra(rnd, k));
  }
}

function writeRos(w, rnd, count) {
  for (let i = 0; i < count; i++) {
    const format = i % 3 === 2 ? 'json' : 'yaml';
    const stack = `stack-${pad(i, 3)}`;
    w.write(`infra/ros/${stack}.ros.${format}`, iac.rosTemplate(rnd, stack, format, { mistake: rnd.chance(MISTAKE_RATE) }).text, `ROS template (.${format})`);
  }
}

function writeDaemonSets(w, rnd, count) {
  for (let i = 0; i < count; i++) {
    const cluster = `ack-${pad(i, 3)}`;
    w.write(`k8s/clusters/${cluster}/logtail-ds.yaml`, iac.k8sDaemonSet(rnd, cluster, rnd.pick(REGIONS), { mistake: rnd.chance(MISTAKE_RATE) }).text, 'K8s DaemonSet .yaml');
  }
}

function writeScripts(w, rnd, count) {
  for (let i = 0; i < count; i++) {
    const { text } = iac.installScript(rnd, rnd.pick(REGIONS), { mistake: rnd.chance(MISTAKE_RATE) });
    if (i % 4 === 3) w.write(`images/base-${pad(i, 3)}/Dockerfile`, `FROM alibaba-cloud-linux:3\nCOPY install-logtail.sh /tmp/\nRUN bash /tmp/install-logtail.sh base\n`, 'script/Dockerfile');
    else w.write(`scripts/install/install-logtail-${pad(i, 3)}.sh`, text, 'script/Dockerfile');
  }
}

/** Application services: source code plus the unrelated JSON/YAML a reader must sniff away. */
function writeServices(w, rnd, sourceBudget, configBudget, serviceCount) {
  const services = Array.from({ length: serviceCount }, (_, i) => `services/svc-${pad(i, 3)}`);
  for (let i = 0; i < sourceBudget; i++) {
    const svc = services[i % serviceCount];
    const ext = rnd.pick(['ts', 'ts', 'go', 'py']);
    w.write(`${svc}/src/${ext}/mod-${pad(i, 5)}.${ext}`, noise.sourceFile(rnd, ext, i), `source .${ext}`);
  }
  let written = 0;
  const json = (rel, text) => (w.write(rel, text, 'unrelated .json'), written++);
  const yaml = (rel, text) => (w.write(rel, text, 'unrelated .yaml'), written++);
  for (let i = 0; i < serviceCount && written < configBudget; i++) {
    const svc = services[i];
    json(`${svc}/package.json`, noise.packageJson(rnd, `svc-${i}`));
    json(`${svc}/tsconfig.json`, noise.tsconfigJson());
    if (i % 2 === 0) json(`${svc}/package-lock.json`, noise.packageLock(rnd, `svc-${i}`, rnd.int(50, 400)));
    yaml(`${svc}/deploy/k8s.yaml`, noise.miscYaml(rnd, i));
  }
  for (let k = 0; written < configBudget; k++) {
    const svc = services[k % serviceCount];
    if (k % 10 === 0) yaml(`.github/workflows/ci-${pad(k, 4)}.yml`, noise.miscYaml(rnd, k));
    else if (k % 2 === 0) json(`${svc}/fixtures/data-${pad(k, 4)}.json`, noise.miscJson(rnd, k));
    else yaml(`${svc}/config/conf-${pad(k, 4)}.yaml`, noise.miscYaml(rnd, k));
  }
  return services;
}

/** node_modules trees (root and per service, with nested node_modules): never entered. */
function writeNodeModules(w, rnd, budget, services) {
  const roots = ['node_modules', ...services.slice(0, 3).map((s) => `${s}/node_modules`)];
  const kinds = ['package.json', 'js', 'js', 'md', 'yml', 'js'];
  for (let written = 0, p = 0; written < budget; p++) {
    const pkg = `pkg-${rnd.hex(6)}`;
    const dir = `${roots[p % roots.length]}/${pkg}${p % 5 === 4 ? `/node_modules/dep-${rnd.hex(4)}` : ''}`;
    for (const [k, kind] of kinds.entries()) {
      if (written >= budget) break;
      const name = kind === 'package.json' ? 'package.json' : kind === 'md' ? 'README.md' : kind === 'yml' ? '.travis.yml' : `lib/f${k}.js`;
      w.write(`${dir}/${name}`, noise.nodeModuleFile(rnd, pkg, kind), 'node_modules/**');
      written++;
    }
  }
}

function writeGit(w, rnd, budget) {
  w.write('.git/HEAD', 'ref: refs/heads/main\n', '.git/**');
  for (let i = 1; i < budget; i++) w.write(`.git/objects/${rnd.hex(2)}/${rnd.hex(38)}`, noise.gitObject(rnd), '.git/**');
}

/** Output that .gitignore hides: Terraform's module cache, build output, a nested .gitignore. */
function writeIgnored(w, rnd, budget) {
  w.write('services/svc-000/.gitignore', 'build/\n*.local.json\n', 'gitignore');
  for (let i = 0; i < budget; i++) {
    const kind = i % 4;
    if (kind === 0) w.write(`.terraform/modules/mod-${pad(i, 4)}/main.tf`, iac.tfOtherInfra(rnd, i), 'ignored by .gitignore');
    else if (kind === 1) w.write(`dist/assets/chunk-${pad(i, 4)}.json`, noise.miscJson(rnd, i), 'ignored by .gitignore');
    else if (kind === 2) w.write(`services/svc-000/build/out-${pad(i, 4)}.yaml`, noise.miscYaml(rnd, i), 'ignored by .gitignore');
    else w.write(`services/svc-000/settings-${pad(i, 4)}.local.json`, noise.miscJson(rnd, i), 'ignored by .gitignore');
  }
}

/** 10k host folders holding only ilogtail_config.json: the shape ajv-cli is built for. */
function writeConfigOnly(w, rnd, hosts) {
  for (let h = 0; h < hosts; h++) {
    w.write(`hosts/host-${pad(h, 5)}/usr/local/ilogtail/ilogtail_config.json`, agentConfig(rnd, rnd.pick(REGIONS), { mistake: rnd.chance(MISTAKE_RATE) }).text, 'ilogtail_config.json');
  }
}

/** One valid ilogtail_config.json of about `bytes`, grown by a long inotify_black_list. */
function writeBigConfig(w, rnd, bytes) {
  const cfg = JSON.parse(agentConfig(rnd, 'cn-hangzhou').text);
  const head = JSON.stringify({ ...cfg, inotify_black_list: [] }, null, 4).replace(/\[\]\n}$/, '[\n');
  const entries = [];
  let size = head.length + 8;
  for (let i = 0; ; i++) {
    const entry = `        "/data/app-${pad(i % 1000, 3)}/logs/archive/${rnd.hex(8)}/tmp"`;
    if (size + entry.length + 2 > bytes) break;
    entries.push(entry);
    size += entry.length + 2;
  }
  w.write('hosts/big/usr/local/ilogtail/ilogtail_config.json', `${head}${entries.join(',\n')}\n    ]\n}\n`, 'ilogtail_config.json');
}

function writeBigIpGroup(w, rnd, ips) {
  w.write('infra/terraform/main.tf', iac.tfBigIpGroup(rnd, ips), 'terraform .tf');
}

/** Print what a case holds, file counts by kind. */
export function describe(caseName, { counts, total, reused }) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [`${caseName}: ${total} files${reused ? ' (reused)' : ''}`];
  for (const [k, n] of rows) lines.push(`  ${k.padEnd(width)}  ${String(n).padStart(6)}`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = (await import('node:util')).parseArgs({
    options: { cases: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } },
  });
  const cases = values.cases ? values.cases.split(',') : Object.keys(CASES);
  for (const c of cases) {
    const t0 = performance.now();
    const result = ensureRepo(c.trim(), { seed: values.seed ? Number(values.seed) : DEFAULT_SEED, force: values.force, log: console.error });
    console.log(`${describe(c, result)}\n  (${Math.round(performance.now() - t0)} ms)\n`);
  }
}
