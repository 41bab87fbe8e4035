import { describe, expect, it } from 'vitest';
import { Doc, fleetOf, group, project, provider, span } from './fixtures.js';

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
  const doc = new Doc('infra/main.tf', MAIN);
  const facts = {
    providers: [provider(doc, { region: '"cn-hangzhou"' }), provider(doc, { alias: 'bj', region: '"cn-beijing"', nth: 1 })],
    projects: [project(doc, { address: 'alicloud_log_project.main', name: '"app-logs"' })],
    machineGroups: [
      group(doc, { address: 'alicloud_log_machine_group.web', name: '"web"', projectRef: 'alicloud_log_project.main', project: 'alicloud_log_project.main.project_name', type: '"userdefined"', ids: ['"web"', '"web-canary"'] }),
      group(doc, { address: 'alicloud_log_machine_group.bj', name: '"bj"', project: '"bj-logs"', providerAlias: 'bj', ids: ['"10.0.0.1"', { expr: 'var.extra_ip' }] }),
    ],
  };

  it('a project takes the default provider region of its folder', () => {
    const fleet = fleetOf(facts);
    expect(fleet.projects[0].region?.value).toBe('cn-hangzhou');
    expect(span(fleet.projects[0].region!)).toBe('2:12-2:25');
  });

  it('a group resolves its project by reference, and its region by alias', () => {
    const fleet = fleetOf(facts);
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

  it('indexes: identifier and IP to entries, region to groups, project and name to definitions', () => {
    const { index } = fleetOf(facts);
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

  it('a folder with only aliased providers has no default region', () => {
    const d = new Doc('mod/main.tf', `provider "alicloud" {\n  alias = "x"\n  region = "cn-beijing"\n}\nresource "alicloud_log_project" "p" {\n  project_name = "p"\n}\n`);
    const fleet = fleetOf({ providers: [provider(d, { alias: 'x', region: '"cn-beijing"' })], projects: [project(d, { address: 'alicloud_log_project.p', name: '"p"' })] });
    expect(fleet.projects[0].region).toBeUndefined();
  });

  it('a provider region from a variable is unknown, and the lint config fills it in', () => {
    const d = new Doc('main.tf', `provider "alicloud" {\n  region = var.region\n}\nresource "alicloud_log_project" "p" {\n  project_name = "p"\n}\n`);
    const f = { providers: [provider(d, { region: 'var.region' })], projects: [project(d, { address: 'alicloud_log_project.p', name: '"p"' })] };
    expect(fleetOf(f).projects[0].region).toBeUndefined();
    const cfg = new Doc('.logtail-lint.json', '{ "projects": [{ "name": "p", "region": "cn-shenzhen", "ownerAccountId": "1234567890123456" }] }', 'json');
    const declared = fleetOf(f, { configFile: '/repo/.logtail-lint.json', projects: [{ name: 'p', region: 'cn-shenzhen', ownerAccountId: '1234567890123456' }] }, [cfg]);
    expect(declared.projects).toHaveLength(1);
    expect(declared.projects[0].region?.value).toBe('cn-shenzhen');
    expect(declared.projects[0].region?.file).toBe('.logtail-lint.json');
    expect(span(declared.projects[0].region!)).toBe('1:41-1:54');
    expect(declared.projects[0].ownerAccountId?.value).toBe('1234567890123456');
  });

  it('a declared-only project is a project, and groups join it by name', () => {
    const d = new Doc('groups.tf', `resource "alicloud_log_machine_group" "g" {\n  project = "console-made"\n  name = "g"\n  identify_list = ["1.1.1.1"]\n}\n`);
    const fleet = fleetOf(
      { machineGroups: [group(d, { address: 'alicloud_log_machine_group.g', name: '"g"', project: '"console-made"', ids: ['"1.1.1.1"'] })] },
      { projects: [{ name: 'console-made', region: 'cn-qingdao' }] },
    );
    expect(fleet.projects.map((p) => [p.id, p.format])).toEqual([['lint-config#console-made', 'lint-config']]);
    expect(fleet.machineGroups[0].region?.value).toBe('cn-qingdao');
  });

  it('a plan JSON region is taken as stated', () => {
    const d = new Doc('plan.json', `{"address":"alicloud_log_machine_group.g","region":"ap-southeast-1","name":"g","type":"userdefined","ids":["a"]}`, 'json');
    const g = group(d, { address: 'alicloud_log_machine_group.g', name: '"g"', ids: ['"a"'], region: '"ap-southeast-1"', format: 'terraform-plan', type: '"userdefined"' });
    expect(fleetOf({ machineGroups: [g] }).machineGroups[0].region?.value).toBe('ap-southeast-1');
  });
});
