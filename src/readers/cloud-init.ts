import { type Value, unknown, known } from '../core/value.js';
import { rangeOfNode } from './doc.js';
import { scalarString, get, type DNode } from '../core/doc-tree.js';
import { isTemplated } from '../core/template.js';
import type { DocContext, DocumentReader } from './types.js';

const USERS_PATH = /(?:^|[/\\])(?:ilogtail|loongcollector|logtaildata)[/\\](?:conf[/\\])?users[/\\]([^/\\]+)$/i;

/**
 * cloud-init `write_files` entries that write the agent's identity files. (`runcmd`/`bootcmd`
 * command lines are scanned with every other string of the document.)
 */
export function readCloudInit(doc: DNode, ctx: DocContext): void {
  const files = get(doc, 'write_files');
  if (files?.type !== 'seq') return;
  const { source } = ctx;
  for (const item of files.items) {
    const path = scalarString(get(item, 'path'));
    if (!path) continue;
    const users = USERS_PATH.exec(path);
    const isId = /(?:^|[/\\])user_defined_id$/.test(path);
    if (!users && !isId) continue;
    const appendNode = get(item, 'append');
    const appends = appendNode?.type === 'scalar' && (appendNode.value === true || appendNode.value === 'true');
    let value: Value<string>;
    if (users) {
      const pathNode = get(item, 'path')!;
      // The entry name is the end of the path (inside its closing quote, if any).
      const end = pathNode.end - (pathNode.type === 'scalar' && pathNode.style !== 'plain' && pathNode.style !== 'block' ? 1 : 0);
      const r = source.rangeOf(end - users[1].length, users[1].length);
      value = isTemplated(users[1]) ? unknown(users[1], r, pathNode.pointer) : known(users[1], r, pathNode.pointer);
    } else {
      const content = get(item, 'content');
      const encoding = scalarString(get(item, 'encoding'));
      const r = rangeOfNode(source, content ?? item);
      if (encoding && !/^text\/plain$/i.test(encoding)) value = unknown(`encoding:${encoding}`, r, content?.pointer);
      else if (!content || (content.type === 'scalar' && content.value === null)) value = known('', r);
      else if (content.type === 'scalar' && !content.tag) {
        const text = String(content.value);
        // The file's text; a final newline ends the last line and is not part of the ID.
        value = isTemplated(text) ? unknown(text, r, content.pointer) : known(text.replace(/\n$/, ''), r, content.pointer);
      } else value = unknown(source.text.slice(content.start, content.end), r, content.pointer);
    }
    ctx.facts.identityWrites.push({ file: ctx.file, target: users ? 'users' : 'user_defined_id', appends, value, range: rangeOfNode(source, item) });
  }
}

export const cloudInitReader: DocumentReader = {
  name: 'cloud-init (#cloud-config)',
  formats: ['yaml'],
  sniff: /#cloud-config/,
  detect: (_doc, file) => /^\uFEFF?\s*#cloud-config/.test(file.source.text),
  read: readCloudInit,
};
