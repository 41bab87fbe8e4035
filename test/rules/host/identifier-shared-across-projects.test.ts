import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/identifier-shared-across-projects.js';
import { fleetOf, relatedSpans, runRule, span } from '../../model/fixtures.js';
import { infra, merge } from './scene.js';

describe('host/identifier-shared-across-projects', () => {
  it('reports an identifier listed by groups of two projects in one region', () => {
    const other = infra({ file: 'other/main.tf', projectName: 'other-logs', webIds: ['api', 'web-prod'] });
    const found = runRule(rule, fleetOf(merge(infra(), other)));
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('other/main.tf');
    expect(span(d)).toBe('13:27-13:37');
    expect(d.message).toContain('Custom identifier "web-prod" of machine group "web" of project "other-logs" is also listed by machine group "web" of project "app-logs" (infra/main.tf:13), in the same region cn-hangzhou');
    expect(relatedSpans(d)).toEqual(['infra/main.tf@13:20-13:30']);
  });

  it('is silent across regions and within one project', () => {
    const bj = infra({ file: 'bj/main.tf', projectName: 'bj-logs', region: 'cn-beijing' });
    expect(runRule(rule, fleetOf(merge(infra(), bj)))).toEqual([]);
    const again = infra({ file: 'infra/again.tf', webIds: ['web-prod'] });
    expect(runRule(rule, fleetOf(merge(infra(), again)))).toEqual([]);
  });
});
