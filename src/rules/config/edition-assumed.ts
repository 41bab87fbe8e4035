import { defineRule } from '../types.js';

/**
 * An ilogtail_config.json with no SLS key and no SLS evidence beside it: logtail-lint takes it for
 * the open-source (community) agent and skips the SLS-only checks (config/missing-data-server).
 * Said once per file, so the assumption is visible and can be corrected with `editions[]`
 * (docs/reference/editions.md).
 */
export default defineRule({
  id: 'config/edition-assumed',
  severity: 'info',
  description: 'ilogtail_config.json shows no sign of SLS, so it was taken for the open-source (community) agent and not checked for SLS',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      if (fact.role !== 'main' || fact.product !== 'ilogtail' || !fact.objectStart) continue;
      if (fleet.editionOf(fact.file).edition !== 'unknown') continue;
      const root = fleet.bundles.find((b) => b.files.includes(fact.file))?.root || '.';
      report({
        file: fact.file,
        range: fact.objectStart,
        message:
          'No SLS key here ("config_server_address", "data_server_list", "primary_region") and no SLS file beside it (users/, user_defined_id, an install command): ' +
          'logtail-lint took this for the open-source iLogtail, which needs none of them, and skipped the SLS checks. ' +
          'If the host sends to SLS, the file lacks its endpoints (reinstall with `logtail.sh install <region>`); ' +
          `to say which agent it is for, add "editions": [{"path": ${JSON.stringify(root === '.' ? '**' : `${root}/**`)}, "edition": "sls"}] (or "community") to .logtail-lint.json.`,
      });
    }
  },
});
