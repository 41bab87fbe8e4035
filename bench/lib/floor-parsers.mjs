// What the floor parses, per file kind: exactly the kinds, parsers and raw-text sniffs of
// src/readers/ (index.ts, structured.ts, terraform.ts, terraform-json.ts, script.ts). Keep this
// file in step with them, or the floor stops being a fair lower bound. A parser returns true
// when it parsed the text, false when the sniff let the file go unparsed (as the reader does).
import { createRequire } from 'node:module';
import { parseTree } from 'jsonc-parser';

const require = createRequire(import.meta.url);

// Copied from src/readers/shell.ts (SHELL_SNIFF), structured.ts (SNIFF) and terraform.ts (SNIFF).
const SHELL_SNIFF = /logtail\.sh|loongcollector\.sh|logtail_installer|user_defined_id|(?:ilogtail|loongcollector|logtaildata)[/\\](?:conf[/\\])?users[/\\]/i;
const DOC_SNIFF = /ALIYUN_LOGTAIL|ALIYUN::SLS|ROSTemplateFormatVersion|AliyunLogConfig|machineIdentifyType|machineList|machine_type|machine_list|#cloud-config|"(?:planned_values|resource_changes)"/;
const TF_SNIFF = /alicloud/;
const CLOUD_CONFIG = /^\uFEFF?\s*#cloud-config/;

/** jsonc-parser's parseTree with the options of src/readers/agent-config.ts (comments allowed). */
function parseAgentConfig(text) {
  parseTree(text, [], { allowTrailingComma: false, disallowComments: false, allowEmptyContent: true });
  return true;
}

/** parseTree with the options of the other JSON readers (app-info.ts, structured.ts, terraform-json.ts). */
function parseJson(text) {
  parseTree(text, [], { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  return true;
}

let yaml;
/** Every document of a YAML stream, with the options src/readers/structured.ts passes. */
async function parseYaml(text) {
  yaml ??= await import('yaml');
  yaml.parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false, strict: false });
  return true;
}

let hcl;
/**
 * web-tree-sitter with the Terraform grammar of @tree-sitter-grammars/tree-sitter-hcl, loaded on
 * first use, fed what src/readers/terraform.ts feeds it: 10 KiB chunks of the text, with runs of
 * 200+ plain strings cut out of lists in files over 100 kB (the reader reads those entries from
 * the text, without the parser).
 */
async function parseHcl(text) {
  hcl ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')));
    return parser;
  })();
  const input = text.length < 100_000 ? text : text.replace(LONG_LIST, '[$1');
  (await hcl).parse((i) => input.slice(i, i + 10_240))?.delete(); // wasm memory is not garbage-collected
  return true;
}
// Copied from src/readers/terraform.ts (LONG_LIST).
const LONG_LIST = /\[(\s*"[^"\\$%\n]*")((?:\s*,\s*"[^"\\$%\n]*"){199,})/g;

const when = (sniff, parse) => (text) => (sniff(text) ? parse(text) : false);

// user_defined_id and users/ entries have readers but no parser: the floor reads the former and
// lstat()s the latter, as the engine does. Scripts are scanned by logtail-lint's own shell
// tokenizer (its work, not a parser's), so the floor only reads them, unless they are #cloud-config.
export const PARSERS = {
  'agent-config': parseAgentConfig,
  'app-info': parseJson,
  json: when((t) => SHELL_SNIFF.test(t) || DOC_SNIFF.test(t), parseJson),
  yaml: when((t) => SHELL_SNIFF.test(t) || DOC_SNIFF.test(t), parseYaml),
  terraform: when((t) => SHELL_SNIFF.test(t) || TF_SNIFF.test(t), parseHcl),
  'terraform-json': when((t) => SHELL_SNIFF.test(t) || TF_SNIFF.test(t), parseJson),
  script: when((t) => SHELL_SNIFF.test(t) && CLOUD_CONFIG.test(t), parseYaml),
};
