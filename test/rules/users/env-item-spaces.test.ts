import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const ds = (value: string) =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          env:\n            - name: ALIYUN_LOGTAIL_USER_ID\n              value: ${value}\n`;

describe('users/env-item-spaces', () => {
  it('reports spaces after commas at the env value, with a fix that removes them', async () => {
    const [d, ...more] = await findings({ 'k8s/ds.yaml': ds('"123, 456,  789"') }, 'users/env-item-spaces');
    expect(more).toEqual([]);
    expect(span(d)).toBe('12:22-12:38');
    expect(d.message).toContain('" 456", "  789" keep their leading space');
    expect(d.fix?.edits[0].text).toBe('"123,456,789"');
  });

  it('is silent for commas alone, one account, spaces only at the ends, and unknown values', async () => {
    for (const value of ['"123,456"', '"123"', '" 123 "', '"${USER_IDS}"']) {
      expect(await findings({ 'k8s/ds.yaml': ds(value) }, 'users/env-item-spaces'), value).toEqual([]);
    }
  });
});
