import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine/lint.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** examples/README.md promises one finding per planted mistake: this keeps the promise. */
describe('examples/', () => {
  it('finds every planted mistake, and nothing in the correct host', async () => {
    const result = await lint({ cwd: ROOT, patterns: ['examples/'] });
    expect(result.ruleFailures).toEqual([]);
    const found = result.diagnostics.map((d) => `${d.ruleId} ${d.file}`);
    expect(found).toEqual([
      'host/missing-account-file examples/hosts/idc-01/etc/ilogtail/user_defined_id',
      'users/file-extension examples/hosts/idc-01/etc/ilogtail/users/1234567890123456.txt',
      'config/working-ip-invalid examples/hosts/idc-01/usr/local/ilogtail/ilogtail_config.json',
      'endpoint/region-mismatch examples/hosts/legacy-01/usr/local/ilogtail/ilogtail_config.json',
      'region/retired examples/hosts/legacy-01/usr/local/ilogtail/ilogtail_config.json',
      'user-defined-id/crlf examples/hosts/web-02/etc/ilogtail/user_defined_id',
      'region/unknown examples/hosts/web-02/usr/local/ilogtail/ilogtail_config.json',
      'config/unknown-key examples/hosts/web-02/usr/local/ilogtail/ilogtail_config.json',
      'config/quoted-number examples/hosts/web-02/usr/local/ilogtail/ilogtail_config.json',
      'config/value-capped examples/hosts/web-02/usr/local/ilogtail/ilogtail_config.json',
      'config/trailing-comma examples/hosts/web-02/usr/local/ilogtail/ilogtail_config.json',
      'host/identity-matches-no-group examples/hosts/web-03/etc/ilogtail/user_defined_id',
      'host/region-mismatch examples/k8s/logtail-ds.yaml',
      'machine-group/invalid-identify-type examples/ros/machine-groups.yaml',
      'install/download-region-mismatch examples/scripts/install-logtail.sh',
      'install/vpc-suffix examples/scripts/install-logtail.sh',
      'install/append-user-defined-id examples/scripts/install-logtail.sh',
      'machine-group/duplicate-identifier examples/sls-api/batch-group.json',
      'machine-group/disputed-name-characters examples/terraform/sls.tf',
      'machine-group/invalid-ip examples/terraform/sls.tf',
      'machine-group/public-ip examples/terraform/sls.tf',
    ]);
    expect(found.some((f) => f.includes('hosts/web-01/'))).toBe(false);
  });
});
