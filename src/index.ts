/** The library API: the same engine the CLI and the GitHub Action use. */
export { lint, ruleMetadata, type LintOptions, type LintResult } from './engine/lint.js';
export { main, type CliIO } from './cli/main.js';
export { resolveConfig, UsageError, type ConfigOverrides } from './config/load.js';
export type { ResolvedConfig, ConfigFileContent, DeclaredProject, DeclaredHost } from './config/types.js';
export type { Diagnostic, Severity, SeveritySetting, Range, Position, Fix, TextEdit, RelatedLocation, RuleMeta } from './core/diagnostic.js';
export { VERSION } from './core/version.js';
