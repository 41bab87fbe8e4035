/** Text builders shared by the user-defined-id/ rule tests. */
import type { Tree, ValidCase } from '../../rule-tester.js';

/** Host `web`'s user_defined_id. */
export const PATH = 'hosts/web/etc/ilogtail/user_defined_id';

/** A repository whose one file is host `web`'s user_defined_id with this content. */
export const udid = (content: string | Uint8Array): Tree => ({ [PATH]: content });

/** A user_defined_id as a valid case. */
export const clean = (name: string, content: string): ValidCase => ({ name, files: udid(content) });

/** Files no user-defined-id/ rule reports. */
export const CLEAN: ValidCase[] = [
  clean('a clean file', 'web-prod\nhz-web_2\n'),
  clean('two identifiers', 'web-prod\nhz-web\n'),
  clean('one identifier without a final LF', 'web-prod'),
];

/** A blank line 2, a repeat on line 3 and a leading tab on line 4: one mistake for each of three rules. */
export const MIXED = 'web-prod\n\nweb-prod\n\thz-web\n';

/** A file whose first line fills the agent's 8 KiB read: the identifiers after it are never read. */
export const PAST_READ_LIMIT = clean("identifiers past the read limit are user-defined-id/beyond-read-limit's", 'a'.repeat(8200) + '\nuserdefined\nweb\nweb\n');
