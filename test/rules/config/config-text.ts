/** Text builders shared by the config/* rule tests: the agent config file of one host, and BOM-prefixed bytes. */
import type { Tree } from '../../rule-tester.js';

/** Where the cases put the host's agent config. */
export const F = 'hosts/web/ilogtail_config.json';

/** A repository holding only `hosts/web/ilogtail_config.json` with this content. */
export function host(content: string | Uint8Array): Tree {
  return { [F]: content };
}

/** The UTF-8 byte order mark followed by `text`. */
export function withBom(text = ''): Uint8Array {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
}

/** What the agent does with a file its start-up pre-check or JSON reader rejects (the end of many messages). */
export const DISCARDED =
  'the agent discards the whole file ("start config is not valid json") and starts on built-in defaults, without its config server or data servers.';
