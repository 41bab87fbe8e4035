import type { Fix, Range, RelatedLocation, RuleMeta } from '../core/diagnostic.js';
import type { Fleet } from '../model/fleet.js';

/** What a rule hands to `report()`: where, what is wrong, and how to fix it. */
export interface Finding {
  file: string;
  range: Range;
  message: string;
  pointer?: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /** One of the rule's `formerIds`: the ID this finding had before the rules were renamed. */
  formerId?: string;
}

export interface RuleContext {
  fleet: Fleet;
  report(finding: Finding): void;
}

export interface Rule extends RuleMeta {
  /** Reads the model and reports findings. Pure: no I/O, no parsing. */
  check(context: RuleContext): void;
}

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
