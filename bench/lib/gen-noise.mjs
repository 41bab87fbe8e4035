// Files an infra monorepo holds that have nothing to do with Logtail: discovery must skip them
// (node_modules, .git, .gitignore'd output) or readers must sniff them away (unrelated JSON/YAML).

const words = ['order', 'user', 'cart', 'billing', 'auth', 'search', 'report', 'ingest', 'notify', 'media'];

/** Source code: never classified, only walked past. */
export function sourceFile(rnd, ext, i) {
  const w = rnd.pick(words);
  const body = {
    ts: () => `import { ${w}Repo } from './repo.js';\n\nexport interface ${cap(w)}${i} {\n  id: string;\n  createdAt: Date;\n}\n\nexport async function load${cap(w)}${i}(id: string): Promise<${cap(w)}${i} | undefined> {\n  const row = await ${w}Repo.find(id);\n  return row ? { id: row.id, createdAt: new Date(row.created_at) } : undefined;\n}\n`,
    go: () => `package ${w}\n\nimport (\n\t"context"\n\t"fmt"\n)\n\n// Handler${i} serves ${w} requests.\nfunc Handler${i}(ctx context.Context, id string) (string, error) {\n\tif id == "" {\n\t\treturn "", fmt.Errorf("empty id")\n\t}\n\treturn fmt.Sprintf("${w}-%s", id), nil\n}\n`,
    py: () => `"""${cap(w)} helpers (${i})."""\nimport json\nimport logging\n\nlog = logging.getLogger(__name__)\n\n\ndef load_${w}_${i}(path: str) -> dict:\n    with open(path, encoding="utf-8") as f:\n        data = json.load(f)\n    log.info("loaded %d keys", len(data))\n    return data\n`,
  }[ext]();
  return body.repeat(rnd.int(1, 4));
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

export function packageJson(rnd, name) {
  return JSON.stringify({
    name, version: `1.${rnd.int(0, 20)}.${rnd.int(0, 9)}`, private: true, type: 'module',
    scripts: { build: 'tsc -p .', test: 'vitest run', lint: 'eslint .' },
    dependencies: { express: '^4.19.2', zod: '^3.23.8', pino: '^9.3.2' },
    devDependencies: { typescript: '^5.5.4', vitest: '^2.0.5' },
  }, null, 2) + '\n';
}

export function tsconfigJson() {
  return JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, outDir: 'dist' }, include: ['src'] }, null, 2) + '\n';
}

/** package-lock.json: the big unrelated JSON of a JS service (tens to hundreds of KB). */
export function packageLock(rnd, name, deps) {
  const packages = { '': { name, version: '1.0.0' } };
  for (let i = 0; i < deps; i++) {
    const dep = `${rnd.pick(words)}-${rnd.hex(6)}`;
    packages[`node_modules/${dep}`] = {
      version: `${rnd.int(0, 9)}.${rnd.int(0, 20)}.${rnd.int(0, 30)}`,
      resolved: `https://registry.npmjs.org/${dep}/-/${dep}-1.0.0.tgz`,
      integrity: `sha512-${rnd.hex(86)}==`,
      license: 'MIT',
    };
  }
  return JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n';
}

/** Other small JSON: fixtures, editor settings, i18n catalogues. */
export function miscJson(rnd, i) {
  return rnd.pick([
    () => JSON.stringify({ 'editor.formatOnSave': true, 'files.exclude': { '**/.terraform': true } }, null, 2),
    () => JSON.stringify(Object.fromEntries(Array.from({ length: rnd.int(20, 120) }, (_, k) => [`msg_${i}_${k}`, `Message ${k} of ${rnd.pick(words)}`])), null, 2),
    () => JSON.stringify({ extends: ['config:recommended'], schedule: ['before 6am on monday'], labels: ['deps'] }, null, 2),
    () => JSON.stringify(Array.from({ length: rnd.int(5, 40) }, (_, k) => ({ id: k, name: `${rnd.pick(words)}-${k}`, ip: `10.0.${i % 250}.${k + 1}`, tags: ['a', 'b'] })), null, 2),
  ])() + '\n';
}

/** GitHub workflow, docker-compose, Helm values, an unrelated Deployment. */
export function miscYaml(rnd, i) {
  return rnd.pick([
    () => `name: ci\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: npm ci\n      - run: npm test\n`,
    () => `services:\n  app:\n    build: .\n    ports:\n      - "80${i % 100}:8080"\n    environment:\n      LOG_LEVEL: info\n      DB_HOST: db\n  db:\n    image: mysql:8.0\n    environment:\n      MYSQL_ROOT_PASSWORD: example\n`,
    () => `replicaCount: ${rnd.int(1, 5)}\nimage:\n  repository: registry.cn-hangzhou.aliyuncs.com/acme/${rnd.pick(words)}\n  tag: "1.${i}.0"\nservice:\n  type: ClusterIP\n  port: 80\nresources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\ningress:\n  enabled: false\n`,
    () => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${rnd.pick(words)}-${i}\n  labels:\n    app: ${rnd.pick(words)}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: svc-${i}\n  template:\n    metadata:\n      labels:\n        app: svc-${i}\n    spec:\n      containers:\n        - name: app\n          image: acme/svc:${i}\n          env:\n            - name: LOG_LEVEL\n              value: info\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  selector:\n    app: svc-${i}\n  ports:\n    - port: 80\n      targetPort: 8080\n`,
  ])();
}

/** A file inside node_modules (JS, package.json, README, and the odd YAML/JSON that must not be read). */
export function nodeModuleFile(rnd, pkg, kind) {
  if (kind === 'package.json') return JSON.stringify({ name: pkg, version: '1.0.0', main: 'index.js', license: 'MIT' }, null, 2) + '\n';
  if (kind === 'yml') return `language: node_js\nnode_js:\n  - "18"\n`;
  if (kind === 'md') return `# ${pkg}\n\nA small utility.\n`;
  return `'use strict';\nmodule.exports = function ${pkg.replace(/\W/g, '_')}(x) { return x == null ? ${rnd.int(0, 99)} : x; };\n`;
}

/** Bytes of a loose git object: binary (zlib-like), never classified because .git is skipped. */
export function gitObject(rnd) {
  return Buffer.from(Array.from({ length: rnd.int(60, 400) }, (_, i) => (i < 2 ? [0x78, 0x01][i] : rnd.int(0, 255))));
}
