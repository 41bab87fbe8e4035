import { VERSION } from '../core/version.js';

/** Where the docs pages are published: the repository, at the tag of this version. */
export const REPOSITORY_URL = 'https://github.com/logtail-lint/logtail-lint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}
