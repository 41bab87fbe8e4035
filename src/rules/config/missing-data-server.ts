import type { DataServerEntryShape } from '../../facts/index.js';
import type { EditionEvidence } from '../../model/fleet.js';
import { defineRule, type RuleContext } from '../types.js';

/** LoongCollector's own form of the data servers (agent-config §2.3): a file with it does not use data_server_list. */
const OTHER_FORMS = ['data_servers'];

const TEMPLATE = '[{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}]';

export default defineRule({
  id: 'config/missing-data-server',
  severity: 'error',
  description: 'data_server_list is missing or empty, or an entry lacks its cluster or endpoint',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      if (fact.role !== 'main' || !fact.objectStart) continue; // config.d / instance_config files are merged on top
      // Only the SLS-connected agent reads data_server_list: a community file (or one with no
      // evidence either way, which config/edition-assumed notes) needs none (docs/reference/editions.md).
      // The edition rests on other files too, so this rule is fleet-scoped and reads plain data only.
      const edition = fleet.editionOf(fact.file);
      if (edition.edition !== 'sls') continue;
      const list = fact.dataServerList;
      if (list.kind === 'absent' || list.kind === 'null') {
        if (fact.editionKeys.some((k) => OTHER_FORMS.includes(k.key))) continue;
        // Say why the file is taken for SLS when nothing in it says so (the evidence is beside it).
        const first = edition.evidence.find((e) => e.says === 'sls');
        const why = !first || first.file === fact.file ? '' : ` (this host is SLS-connected: ${evidencePhrase(first)})`;
        report({
          file: fact.file,
          range: list.kind === 'null' ? list.range : fact.objectStart,
          message: `${list.kind === 'null' ? '"data_server_list" is null' : 'No "data_server_list"'}${why}: ${fact.product === 'loongcollector' ? 'this enterprise-form config names no data servers (neither "data_server_list" nor "data_servers")' : 'the enterprise Logtail takes its data-plane endpoints from this key only'}, so the agent cannot send any logs. Add "data_server_list": ${TEMPLATE} as the installer writes it${fact.product === 'loongcollector' ? ', or the LoongCollector form "data_servers": [{"region": "<region-id>", "endpoint_list": ["<endpoint>"]}]' : ''}.`,
        });
        continue;
      }
      if (list.kind !== 'array') continue; // config/wrong-type says so
      if (list.entries.length === 0) {
        report({
          file: fact.file,
          range: list.range,
          pointer: '/data_server_list',
          message: `"data_server_list" is empty: the agent has no data-plane endpoint and cannot send any logs. Add the entry the installer writes: ${TEMPLATE}.`,
        });
        continue;
      }
      list.entries.forEach((entry, i) => checkEntry(fact.file, entry, i, report));
    }
  },
});

function checkEntry(file: string, entry: DataServerEntryShape, i: number, report: RuleContext['report']): void {
  if (!entry.object) return; // config/wrong-type
  for (const field of ['cluster', 'endpoint'] as const) {
    const found = entry.fields[field];
    const pointer = `/data_server_list/${i}/${field}`;
    const what = field === 'cluster' ? 'the region ID of the project, e.g. "cn-hangzhou"' : 'the data endpoint, e.g. "cn-hangzhou-intranet.log.aliyuncs.com"';
    if (!found) {
      report({
        file,
        range: entry.range,
        pointer,
        message: `data_server_list[${i}] has no "${field}": ${field === 'cluster' ? 'the installer requires a non-empty cluster, and the agent cannot tell which region the endpoint serves' : "the agent has no host to send this region's data to"}. Add "${field}": ${what}.`,
      });
    } else if (found.blank) {
      report({
        file,
        range: found.range,
        pointer,
        message: `data_server_list[${i}].${field} is empty: ${field === 'cluster' ? 'the installer requires a non-empty cluster' : "the agent has no host to send this region's data to"}. Write ${what}.`,
      });
    }
  }
}

/** Why a file is taken for the SLS-connected agent, as a message phrase. */
function evidencePhrase(e: EditionEvidence): string {
  switch (e.kind) {
    case 'identity-file':
      return `its ${e.detail} (${e.file})`;
    case 'group-join':
      return `a machine group lists its identifier or IP "${e.detail}"`;
    case 'install-command':
      return `\`${e.detail}\` (${e.file})`;
    case 'sls-env':
      return `${e.detail} is set (${e.file})`;
    case 'enterprise-image':
      return `it runs the SLS agent image ${e.detail}`;
    case 'config':
      return `.logtail-lint.json says so (editions: "${e.detail}")`;
    default:
      return `"${e.detail}" (${e.file})`;
  }
}
