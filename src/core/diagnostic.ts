/** Core data shapes shared by every stage of the pipeline. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** 1-based line; 1-based column counted in UTF-16 code units (as SARIF and editors do). */
export interface Position {
  line: number;
  column: number;
}

/** `end` is exclusive: the position just after the last character (ESLint, SARIF). */
export interface Range {
  start: Position;
  end: Position;
}

/** A text edit: replace `text.slice(range[0], range[1])` (UTF-16 offsets) with `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the lint root, with `/` separators. */
  file: string;
  range: Range;
  /** JSON pointer (RFC 6901) or HCL/YAML address of the offending value, when there is one. */
  pointer?: string;
  /** Terraform address or ROS logical ID of the resource the finding is about (`alicloud_log_machine_group.web`), when the rule knows it. */
  address?: string;
  /** The rule's former ID for this kind of finding (RuleMeta.formerIds), when it had another. */
  formerId?: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /** Stable across line moves: rule + file + pointer (or message). Filled by the report stage. */
  fingerprint?: string;
}

export interface RuleMeta {
  /** Stable, kebab-case, namespaced by subject: `config/unknown-region`. */
  id: string;
  severity: Severity;
  /** One line, shown by `logtail-lint rules`. */
  description: string;
  fixable?: boolean;
  /**
   * IDs this rule took over when rules were renamed by the fault they find, each for the findings
   * it used to cover (`install/unknown-region`: a region unknown in an install parameter). A
   * config or suppression that names one still applies to those findings.
   */
  formerIds?: readonly string[];
}
