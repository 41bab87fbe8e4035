/**
 * The fuzz campaign of `npm run fuzz` (docs/fuzzing.md), small: the same properties on 2,000
 * inputs spread over the reader families, with a fixed seed, through the built CLI. The fixed
 * extremes (100k-deep nesting, 50 MB strings, alias bombs) run only in `npm run fuzz`.
 */
import { describe, expect, it } from 'vitest';
import { fuzzFamily } from '../../fuzz/campaign.mjs';
import { FAMILY_NAMES } from '../../fuzz/families.mjs';

const SMOKE_INPUTS = 2000;
const SMOKE_SEED = 10;
const perFamily = Math.ceil(SMOKE_INPUTS / FAMILY_NAMES.length);

describe(`fuzz smoke: ${perFamily} inputs per family, seed ${SMOKE_SEED}`, () => {
  for (const family of FAMILY_NAMES) {
    it(family, { timeout: 120_000 }, async () => {
      const result = await fuzzFamily({ family, runs: perFamily, seed: SMOKE_SEED, extremes: false });
      const f = result.failure;
      // The message is what a developer needs to replay it: the seed, the path and the shrunk input.
      expect(f, f && `${f.error}\nseed ${f.seed}, path ${f.path}\n${f.preview}\nwritten to ${f.file}`).toBeUndefined();
      expect(result.runs).toBe(perFamily);
    });
  }
});
