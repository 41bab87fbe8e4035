import { describe, expect, it } from 'vitest';
import { fleetOf, span } from './fixtures.js';

const MAIN = `provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "bj"
  region = "cn-beijing"
}

resource "alicloud_log_project" "main" {
  project_name = "app-logs"
}

resource "alicloud_log_machine_group" "web" {
  project       = alicloud_log_project.main.project_name
  name          = "web"
  identify_type = "userdefined"
  identify_list = ["web", "web-canary"]
}

resource "alicloud_log_machine_group" "bj" {
  provider      = alicloud.bj
  project       = "bj-logs"
  name          = "bj"
  identify_list = ["10.0.0.1", var.extra_ip]
}
`;

describe('projects and machine groups', () => {
  const facts = { 'infra/main.tf': MAIN };

  it('a project takes the default provider region of its folder', async () => {
    const fleet = await fleetOf(facts);
    expect(fleet.projects[0].region?.value).toBe('cn-hangzhou');
    expect(span(fleet.projects[0].region!)).toBe('2:12-2:25');
  });

  it('a group resolves its project by reference, and its region by alias', async () => {
    const fleet = await fleetOf(facts);
    const [web, bj] = fleet.machineGroups;
    expect(web.project?.id).toBe('infra/main.tf#alicloud_log_project.main');
    expect(web.projectName).toBe('app-logs');
    expect(web.kind).toBe('userdefined');
    expect(web.region?.value).toBe('cn-hangzhou');
    expect(web.identifiers.map((i) => i.value)).toEqual(['web', 'web-canary']);
    expect(web.identifiersComplete).toBe(true);
    expect(bj.project).toBeUndefined();
    expect(bj.projectName).toBe('bj-logs');
    expect(bj.kind).toBe('ip'); // the Terraform default
    expect(bj.region?.value).toBe('cn-beijing');
    expect(bj.identifiersComplete).toBe(false);
  });

  it('indexes: identifier and IP to entries, region to groups, project and name to definitions', async () => {
    const { index } = await fleetOf(facts);
    expect(index.groupsByIdentifier.get('web-canary')?.map((e) => span(e.entry))).toEqual(['18:27-18:39']);
    expect(index.groupsByIp.get('10.0.0.1')?.map((e) => e.group.name?.value)).toEqual(['bj']);
    expect(index.groupsByIdentifier.has('10.0.0.1')).toBe(false);
    expect(index.groupsByRegion.get('cn-hangzhou')?.userdefined.map((g) => g.name?.value)).toEqual(['web']);
    expect(index.groupsByRegion.get('cn-beijing')?.openIp).toBe(true);
    expect(index.groupsByRegion.get('cn-beijing')?.openUserdefined).toBe(false);
    expect(index.groupsByRegion.get('cn-hangzhou')?.userdefinedIds).toEqual(['web', 'web-canary']);
    expect(index.groupsByProjectAndName.get('app-logs')?.get('web')).toHaveLength(1);
    expect(index.projectsByName.get('app-logs')).toHaveLength(1);
  });

  it('a folder with only aliased providers has no default region', async () => {
    const fleet = await fleetOf({ 'mod/main.tf': `provider "alicloud" {\n  alias = "x"\n  region = "cn-beijing"\n}\nresource "alicloud_log_project" "p" {\n  project_name = "p"\n}\n` });
    expect(fleet.projects[0].region).toBeUndefined();
  });

  it('a provider region from a variable is unknown, and the lint config fills it in', async () => {
    const f = { 'main.tf': `provider "alicloud" {\n  region = var.region\n}\nresource "alicloud_log_project" "p" {\n  project_name = "app-logs"\n}\n` };
    expect((await fleetOf(f)).projects[0].region).toBeUndefined();
    const declared = await fleetOf(f, { projects: [{ name: 'app-logs', region: 'cn-shenzhen', ownerAccountId: '1234567890123456' }] });
    expect(declared.projects).toHaveLength(1);
    expect(declared.projects[0].region?.value).toBe('cn-shenzhen');
    expect(declared.projects[0].region?.file).toBe('.logtail-lint.json');
    expect(span(declared.projects[0].region!)).toBe('1:42-1:55');
    expect(declared.projects[0].ownerAccountId?.value).toBe('1234567890123456');
  });

  it('a declared-only project is a project, and groups join it by name', async () => {
    const fleet = await fleetOf(
      { 'groups.tf': `resource "alicloud_log_machine_group" "g" {\n  project = "console-made"\n  name = "g"\n  identify_list = ["1.1.1.1"]\n}\n` },
      { projects: [{ name: 'console-made', region: 'cn-qingdao' }] },
    );
    expect(fleet.projects.map((p) => [p.id, p.format])).toEqual([['lint-config#console-made', 'lint-config']]);
    expect(fleet.machineGroups[0].region?.value).toBe('cn-qingdao');
  });

  it('a plan JSON region is taken as stated (the provider config of the plan)', async () => {
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'alicloud_log_machine_group.g', mode: 'managed', type: 'alicloud_log_machine_group', name: 'g', values: { name: 'g', project: 'p', identify_type: 'userdefined', identify_list: ['a'] } }] } },
      configuration: { provider_config: { alicloud: { name: 'alicloud', expressions: { region: { constant_value: 'ap-southeast-1' } } } }, root_module: { resources: [] } },
    };
    expect((await fleetOf({ 'plan.json': JSON.stringify(plan) })).machineGroups[0].region?.value).toBe('ap-southeast-1');
  });
});
