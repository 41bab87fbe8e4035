/** Types of ./campaign.mjs, for the smoke test (test/fuzz/smoke.test.ts). */
export interface FamilyResult {
  family: string;
  runs: number;
  ms: number;
  extremes: Array<{ label: string; ms: number }>;
  failure?: { seed?: number; path?: string; extreme?: string; error: string; preview: string; file: string };
}
export declare const FAILURES_DIR: string;
export declare function fuzzFamily(options: {
  family: string;
  runs: number;
  seed: number;
  replayPath?: string;
  extremes?: boolean;
  onProgress?: (done: number) => void;
}): Promise<FamilyResult>;
