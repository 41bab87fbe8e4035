import { describe, expect, it } from 'vitest';
import { machineGroupRules } from '../../../src/rules/machine-group/index.js';

describe('machine-group rules', () => {
  it('are all listed', () => {
    expect(machineGroupRules.map((x) => `${x.id} ${x.severity}${x.fixable ? ' fix' : ''}`)).toEqual([
      'machine-group/invalid-name error',
      'machine-group/short-name warning',
      'machine-group/disputed-name-characters warning',
      'machine-group/invalid-identify-type error fix',
      'machine-group/empty-identify-list error',
      'machine-group/invalid-ip error fix',
      'machine-group/custom-ids-in-ip-group error',
      'machine-group/ips-in-userdefined-group warning',
      'machine-group/duplicate-identifier warning',
      'machine-group/duplicate-name error',
      'machine-group/too-many-groups warning',
      'machine-group/public-ip error',
      'machine-group/implicit-default-provider warning',
      'machine-group/attachment-unknown-group warning',
    ]);
  });
});
