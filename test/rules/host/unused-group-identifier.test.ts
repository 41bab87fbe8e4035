import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/unused-group-identifier.js';
import { container, Doc, fleetOf, relatedSpans, runRule, span, userDefinedId } from '../../model/fixtures.js';
import { infra, merge } from './scene.js';

describe('host/unused-group-identifier', () => {
  it('reports a group identifier no host carries, with the nearest carried one', () => {
    const found = runRule(rule, fleetOf(merge(infra(), { userDefinedIds: [userDefinedId('hosts/web/etc/ilogtail/user_defined_id', 'web-prod\nweb-canry\n')] })));
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('infra/main.tf');
    expect(span(d)).toBe('13:32-13:44');
    expect(d.message).toContain('No host in this repository carries the custom identifier "web-canary" of machine group "web" of project "app-logs"');
    expect(d.message).toContain('Did you mean "web-canry"?');
    expect(d.message).toContain('"externalIdentifiers"');
    expect(relatedSpans(d)).toEqual(['hosts/web/etc/ilogtail/user_defined_id@2:1-2:10']);
  });

  it('accepts identifiers declared as external', () => {
    const facts = merge(infra(), { userDefinedIds: [userDefinedId('h/user_defined_id', 'web-prod\n')] });
    expect(runRule(rule, fleetOf(facts, { externalIdentifiers: ['web-canary'] }))).toEqual([]);
  });

  it('counts container env identifiers as carried', () => {
    const doc = new Doc('k8s/ds.yaml', 'name: logtail\nids: "web-prod,web-canary"\n', 'yaml');
    const facts = merge(infra(), { containers: [container(doc, { workload: 'DaemonSet/ds', container: 'logtail', userDefinedId: '"web-prod,web-canary"' })] });
    expect(runRule(rule, fleetOf(facts))).toEqual([]);
  });

  it('is silent when the repo carries no identifiers at all, or some only known at run time', () => {
    expect(runRule(rule, fleetOf(infra()))).toEqual([]);
    const doc = new Doc('k8s/ds.yaml', 'name: logtail\nids: $(GROUP)\n', 'yaml');
    const facts = merge(infra(), { userDefinedIds: [userDefinedId('h/user_defined_id', 'web-prod\n')], containers: [container(doc, { workload: 'DaemonSet/ds', container: 'logtail', userDefinedId: '$(GROUP)' })] });
    expect(runRule(rule, fleetOf(facts))).toEqual([]);
  });

  it('ignores IP groups', () => {
    const facts = merge(infra(), { userDefinedIds: [userDefinedId('h/user_defined_id', 'web-prod\nweb-canary\n')] });
    expect(runRule(rule, fleetOf(facts))).toEqual([]);
  });
});
