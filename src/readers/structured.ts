import { parseAllDocuments } from 'yaml';
import type { SourceFile } from '../core/source-file.js';
import type { Facts, ParseProblemFact } from '../facts/index.js';
import { readCloudInit } from './cloud-init.js';
import { fromJson, fromYaml } from './doc.js';
import { get, type DNode } from '../core/doc-tree.js';
import { scanDocumentStrings } from './embedded.js';
import { findExcessiveNesting, MAX_JSON_DEPTH, safeParseTree } from '../core/json-tree.js';
import { collectConfigMap, isComposeFile, isKubernetesObject, readComposeFile, readKubernetesObject } from './kubernetes.js';
import { pushJsonProblem, pushProblem } from './problems.js';
import type { Reader, TextFile } from './reader.js';
import { isRosTemplate, readRosTemplate } from './ros.js';
import { SHELL_SNIFF, newShellScanState } from './shell.js';
import { isMachineGroupDocument, readMachineGroupDocument } from './sls-api.js';
import { runState } from './state.js';
import { isTerraformPlan, readTerraformPlan } from './terraform-plan.js';

/** What the per-format readers get for one parsed document. */
export interface DocContext {
  file: string;
  source: SourceFile;
  facts: Facts;
}

/**
 * Cheap raw-text test run before any parsing: a monorepo has thousands of JSON/YAML files that
 * mention none of these, and they cost one regex scan each.
 */
const SNIFF = /ALIYUN_LOGTAIL|ALIYUN::SLS|ROSTemplateFormatVersion|AliyunLogConfig|machineIdentifyType|machineList|machine_type|machine_list|#cloud-config|"(?:planned_values|resource_changes)"/;

/**
 * Stronger evidence that a file is one of ours: only then does a parse failure become a
 * `parseProblems` fact (an unrelated broken YAML file that says `machine_type:` stays silent).
 */
const OURS = /ALIYUN_LOGTAIL|ALIYUN::SLS|ROSTemplateFormatVersion|AliyunLogConfig|machineIdentifyType|logtail\.sh|loongcollector\.sh|logtail_installer|user_defined_id|alicloud_(?:log|sls|logtail)_/;

export const readJson: Reader = (file, facts) => readStructured(file, facts, 'json');
export const readYaml: Reader = (file, facts) => readStructured(file, facts, 'yaml');

export function readStructured(file: TextFile, facts: Facts, as: 'json' | 'yaml'): void {
  const { source } = file;
  const text = source.text;
  const shell = SHELL_SNIFF.test(text);
  if (!shell && !SNIFF.test(text)) {
    if (as === 'yaml' && text.includes('ConfigMap')) runState(facts).deferred.push(file);
    return;
  }
  const roots = as === 'json' ? parseJson(file, facts) : parseYaml(file, facts, true);
  const ctx: DocContext = { file: file.file.path, source, facts };
  const cloudConfig = as === 'yaml' && /^\uFEFF?\s*#cloud-config/.test(text);
  const state = newShellScanState();
  for (const doc of roots) {
    if (isRosTemplate(doc)) readRosTemplate(doc, ctx);
    else if (as === 'json' && isTerraformPlan(doc)) readTerraformPlan(doc, ctx);
    else if (isKubernetesObject(doc)) readKubernetesObject(doc, ctx);
    else if (as === 'yaml' && isComposeFile(doc)) readComposeFile(doc, ctx);
    else if (isMachineGroupDocument(doc)) readMachineGroupDocument(doc, ctx);
    else if (cloudConfig) readCloudInit(doc, ctx);
    if (!shell) continue;
    // A plan repeats every string in `configuration` and `resource_changes`: scan the planned values once.
    const scanned = as === 'json' && isTerraformPlan(doc) ? (get(doc, 'planned_values') ?? get(doc, 'resource_changes')) : doc;
    if (scanned) scanDocumentStrings(scanned, source, ctx.file, facts, state);
  }
}

function parseJson(file: TextFile, facts: Facts): DNode[] {
  const { source } = file;
  // A BOM is not JSON; blank it (same length) so the rest still reads.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  if (text.trim() === '') return [];
  const tree = safeParseTree(text, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if ((tree.tooDeep || tree.errors.length > 0) && OURS.test(text)) {
    const format: ParseProblemFact['format'] = /"(?:planned_values|resource_changes)"/.test(text) && text.includes('"format_version"') ? 'terraform-plan' : 'json';
    pushJsonProblem(facts, file, format, tree);
  }
  return tree.root ? [fromJson(tree.root)] : [];
}

/** A line that is only a Go/Helm template action (`{{- if .Values.x }}`, `{{ end }}`). */
const TEMPLATE_LINE = /^[ \t]*\{\{.*\}\}[ \t]*\r?$/gm;

/**
 * All documents of a YAML stream. A Helm/Go template is not YAML until rendered: its
 * action-only lines are blanked (same length, so offsets hold) and, if it still does not parse,
 * that is no parse problem. `report` is false when only ConfigMaps are wanted.
 */
/** The parser's own words, except a stack overflow, which is nesting too deep, not bad syntax. */
function yamlFailure(message: string): string {
  return /Maximum call stack/.test(message) ? 'it is nested too deeply to parse' : message;
}

export function parseYaml(file: TextFile, facts: Facts, report: boolean): DNode[] {
  const { source } = file;
  let text = source.text;
  const templated = text.includes('{{');
  if (templated) text = text.replace(TEMPLATE_LINE, (line) => line.replace(/[^\r]/g, ' '));
  // A BOM stays: the yaml parser skips it, where a space in its place would indent line 1.
  const ours = report && !templated && OURS.test(text);
  const deep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (deep) {
    if (ours) pushProblem(facts, file.file.path, source, 'yaml', `YAML nesting is deeper than ${MAX_JSON_DEPTH} levels; the file was not read.`, deep.offset, 1);
    return [];
  }
  let docs;
  try {
    docs = parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false, strict: false });
  } catch (err) {
    if (ours) pushProblem(facts, file.file.path, source, 'yaml', `YAML could not be read: ${yamlFailure(err instanceof Error ? err.message : String(err))}.`, 0, 0);
    return [];
  }
  const list = Array.isArray(docs) ? docs : [];
  if (ours) {
    const first = list.flatMap((d) => d.errors)[0];
    if (first) {
      const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '');
      const text = /Maximum call stack/.test(message) ? `YAML could not be read: ${yamlFailure(message)}` : `YAML syntax error: ${message}`;
      pushProblem(facts, file.file.path, source, 'yaml', `${text}.`, first.pos[0], Math.max(0, first.pos[1] - first.pos[0]));
    }
  }
  const out: DNode[] = [];
  for (const d of list) if (d.contents) out.push(fromYaml(d.contents, text, d.range?.[0] ?? 0));
  return out;
}

/** Parse the YAML files that were only deferred for their ConfigMaps (see `finishReading`). */
export function collectDeferredConfigMaps(facts: Facts, wanted: ReadonlySet<string>): void {
  const state = runState(facts);
  const files = state.deferred;
  state.deferred = [];
  for (const file of files) {
    let mentions = false;
    for (const name of wanted) if (file.source.text.includes(name)) mentions = true;
    if (!mentions) continue;
    for (const doc of parseYaml(file, facts, false)) if (isKubernetesObject(doc)) collectConfigMapsIn(doc, facts);
  }
}

function collectConfigMapsIn(doc: DNode, facts: Facts): void {
  const ctx = { facts };
  if (doc.type !== 'map') return;
  const kind = doc.entries.find((e) => e.key === 'kind')?.value;
  if (kind?.type === 'scalar' && kind.value === 'ConfigMap') collectConfigMap(doc, ctx);
  if (kind?.type === 'scalar' && kind.value === 'List') {
    const items = doc.entries.find((e) => e.key === 'items')?.value;
    if (items?.type === 'seq') for (const i of items.items) collectConfigMapsIn(i, facts);
  }
}
