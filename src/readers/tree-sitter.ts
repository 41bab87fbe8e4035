import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';

/**
 * The Terraform (HCL) parser: web-tree-sitter with the tree-sitter-hcl Terraform grammar, loaded
 * on first use only (a run without .tf files never loads the wasm) and shared by the whole run.
 */
let parser: Promise<Parser> | undefined;

export function terraformParser(): Promise<Parser> {
  parser ??= load().catch((err: unknown) => {
    parser = undefined; // let a later call retry, and report this failure to the caller
    throw err;
  });
  return parser;
}

async function load(): Promise<Parser> {
  const { Parser, Language } = await import('web-tree-sitter');
  const runtime = locateWasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
  await Parser.init({ locateFile: () => runtime });
  const language = await Language.load(locateWasm('tree-sitter-terraform.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
  const p = new Parser();
  p.setLanguage(language);
  return p;
}

/**
 * The build copies both wasm files next to the bundle (`dist/`, `dist/action/`); a code-split
 * chunk sits one folder below (`dist/chunks/`). From source (vitest) they come from node_modules.
 */
function locateWasm(name: string, packagePath: string): string {
  for (const rel of [`./${name}`, `../${name}`]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== 'file:') continue;
    const file = fileURLToPath(url);
    if (existsSync(file)) return file;
  }
  try {
    return createRequire(import.meta.url).resolve(packagePath);
  } catch {
    throw new Error(`logtail-lint cannot find ${name} (looked next to ${fileURLToPath(import.meta.url)} and in node_modules); the installation is incomplete`);
  }
}
