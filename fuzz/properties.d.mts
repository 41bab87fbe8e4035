/** Types of ./properties.mjs, for the tests that run its checks (test/fuzz/). */
export interface FuzzInput {
  family: string;
  /** Folder of the file, relative to the lint root. */
  dir: string;
  /** The file's name as bytes (a Linux name need not be UTF-8). */
  name: Uint8Array;
  bytes: Uint8Array;
  seedFrom?: string;
}
export interface Workspace {
  dir: string;
  repo: string;
  dispose(): void;
}
export declare const ALL_FORMATS: string[];
export declare class PropertyFailure extends Error {
  property: string;
}
export declare function createWorkspace(): Workspace;
export declare function displayPath(input: FuzzInput): string;
export declare function checkInput(input: FuzzInput, workspace: Workspace, options?: { formats?: string[]; maxFileSize?: number }): Promise<{ ms: number; code: number }>;
