import { folderOf } from '../../model/bundle-roots.js';
import { suggester } from '../shared/message-utils.js';
import { defineRule } from '../types.js';

/**
 * `alicloud_logtail_attachment` (or ROS `ALIYUN::SLS::ApplyConfigToMachineGroup`) names a machine
 * group that no definition of the repository creates, while the repository does define machine
 * groups of that project: most likely a typo or a renamed group, and the apply fails (SLS
 * answers that the group does not exist) or attaches the config to a group no host joins. A
 * warning: the group may have been made in the console. ACK's implicit `k8s-group-<cluster-id>`
 * is never reported (docs/reference/real-world-patterns.md).
 */
export default defineRule({
  id: 'machine-group/attachment-unknown-group',
  severity: 'warning',
  description: "A Logtail config attachment names a machine group that the repository, which defines that project's groups, does not create",
  check({ fleet, report }) {
    const suggest = suggester();
    for (const a of fleet.attachments) {
      if (!a.groupName.known || a.groupName.value === '' || a.groupName.value.startsWith('k8s-group-')) continue;
      const group = a.groupName.value;
      const project = a.project?.known
        ? a.project.value
        : a.projectRef
          ? fleet.projects.find((p) => p.address === a.projectRef && folderOf(p.file) === folderOf(a.file))?.name?.value
          : undefined;
      if (!project) continue;
      const byName = fleet.index.groupsByProjectAndName.get(project);
      if (!byName || byName.size === 0 || byName.has(group)) continue;
      // A group whose project or name only apply time knows might be this one.
      if (fleet.machineGroups.some((g) => (g.projectName === undefined && g.name?.value === group) || (g.projectName === project && !g.name))) continue;
      const names = [...byName.keys()];
      const near = suggest(group, names);
      const defined = byName.get(near ?? names[0])![0];
      report({
        file: a.file,
        range: a.groupName.range,
        pointer: a.groupName.pointer,
        message:
          `${a.address} attaches ${a.configName?.known ? `config "${a.configName.value}"` : 'its config'} to machine group "${group}", but this repository creates no such group in project "${project}", whose groups it does define (${names
            .slice(0, 3)
            .map((n) => `"${n}"`)
            .join(', ')}${names.length > 3 ? ', …' : ''}). ` +
          `Unless the group was made in the console, the attachment fails or reaches no host.${near ? ` Did you mean "${near}"?` : ''} Name a group the repository defines, or reference it (\`alicloud_log_machine_group.<name>.name\`) so the names cannot drift apart.`,
        related: [{ file: defined.file, range: defined.name?.range ?? defined.range, message: `machine group "${defined.name?.value ?? near}" of project "${project}"` }],
      });
    }
  },
});
