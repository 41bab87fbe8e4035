import type { Range, SeveritySetting } from '../core/diagnostic.js';

/** gitignore-style patterns and the folder they are relative to. */
export interface IgnoreSet {
  /** Absolute folder: the config file's folder, or cwd for `--ignore-pattern`. */
  base: string;
  patterns: string[];
}

/** An SLS project the repo cannot describe itself (no Terraform): declared in the lint config. */
export interface DeclaredProject {
  name: string;
  region: string;
  ownerAccountId?: string;
}

/** Facts about the hosts that receive a folder of agent files, which no file can say. */
export interface DeclaredHost {
  /** Folder (relative to the config file) whose files land on one host, or a glob of such folders. */
  path: string;
  /** Is the host an ECS instance (of the project's account)? Decides whether users/ is needed. */
  ecs?: boolean;
  region?: string;
  accountId?: string;
}

/**
 * Which edition of the agent the matching files are for, when the repository cannot show it
 * (src/model/edition.ts): `sls` for the enterprise agent that talks to SLS, `community` for the
 * open-source iLogtail / LoongCollector without SLS.
 */
export interface EditionSetting {
  /** gitignore-style pattern relative to the config file. */
  path: string;
  edition: 'sls' | 'community';
}

/**
 * Silences one rule for matching files (and optionally one value inside them), so files the
 * agent reads need no comments. The reason is required: it is the review trail.
 */
export interface Suppression {
  rule: string;
  /** gitignore-style pattern relative to the config file; absent: every file. */
  file?: string;
  /** JSON pointer (or address) prefix of the value; absent: the whole file. */
  pointer?: string;
  reason: string;
}

/** `.logtail-lint.json` as a user writes it (JSONC). */
export interface ConfigFileContent {
  $schema?: string;
  rules?: Record<string, 'off' | 'info' | 'warn' | 'warning' | 'error'>;
  ignores?: string[];
  maxFileSize?: number;
  projects?: DeclaredProject[];
  hosts?: DeclaredHost[];
  /** Custom identifiers carried by hosts outside this repo: their groups are not "unused". */
  externalIdentifiers?: string[];
  editions?: EditionSetting[];
  suppressions?: Suppression[];
  /** Baseline file (`--write-baseline`), relative to the config file. */
  baseline?: string;
}

/** The configuration a run uses: file, then command-line flags on top. */
export interface ResolvedConfig {
  /** Absolute path of the config file, when one was found. */
  configFile?: string;
  /** Folder config paths are relative to (the config file's folder, else cwd). */
  baseDir: string;
  rules: Record<string, SeveritySetting>;
  /** Config `ignores` (relative to `baseDir`) and `--ignore-pattern` (relative to cwd). */
  ignores: IgnoreSet[];
  maxFileSize: number;
  projects: DeclaredProject[];
  hosts: DeclaredHost[];
  externalIdentifiers: string[];
  /** `path` patterns are relative to `baseDir`; a later matching entry wins. */
  editions: EditionSetting[];
  /** `file` patterns are relative to `baseDir`. */
  suppressions: Suppression[];
  /** Absolute path of the config's `baseline` file, when it names one. */
  baseline?: string;
  /** Where the config file declares `projects[i]` (and their fields), `hosts[i]` and `editions[i]`, by JSON pointer. */
  places: Record<string, Range>;
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export const CONFIG_FILE_NAMES = ['.logtail-lint.json', '.logtail-lint.jsonc'];
