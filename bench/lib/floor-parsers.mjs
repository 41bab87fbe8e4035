// What the floor parses, per file kind: exactly the kinds (and sniffing) of src/readers/index.ts.
// Keep this table in step with the readers, or the floor stops being a fair lower bound.
// Each parser returns true when it parsed the text, false when a sniff skipped it.
import { createRequire } from 'node:module';
import { parseTree } from 'jsonc-parser';

const require = createRequire(import.meta.url);

/** jsonc-parser's parseTree with the options src/readers/agent-config.ts passes. */
function parseJsonc(text) {
  parseTree(text, [], { allowTrailingComma: false, disallowComments: false, allowEmptyContent: true });
  return true;
}

let yamlModule;
/** The `yaml` package, every document of the file (Kubernetes files hold several). */
async function parseYaml(text) {
  yamlModule ??= await import('yaml');
  yamlModule.parseAllDocuments(text);
  return true;
}

let hclParser;
/** web-tree-sitter with the Terraform grammar the build ships (dist/tree-sitter-terraform.wasm). */
async function parseHcl(text) {
  hclParser ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')));
    return parser;
  })();
  const tree = (await hclParser).parse(text);
  tree.delete(); // wasm memory is not garbage-collected
  return true;
}

export const PARSERS = {
  'agent-config': parseJsonc, // src/readers/agent-config.ts
};

/** Parsers written for readers that have not landed yet; move a line up when its reader lands. */
export const PENDING = { 'app-info': parseJsonc, terraform: parseHcl, 'terraform-json': parseJsonc, json: parseJsonc, yaml: parseYaml };
