import type { Fix, Range, RelatedLocation, RuleMeta } from '../core/diagnostic.js';
import type { Fleet } from '../model/fleet.js';

/** What a rule hands to `report()`: where, what is wrong, and how to fix it. */
export interface Finding {
  file: string;
  range: Range;
  message: string;
  pointer?: string;
  /** Terraform address or ROS logical ID of the resource, when the finding is about one (baselines key on it: it survives edits). */
  address?: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /** One of the rule's `formerIds`: the ID this finding had before the rules were renamed. */
  formerId?: string;
}

export interface RuleContext {
  fleet: Fleet;
  report(finding: Finding): void;
}

/**
 * `file`: the rule judges each file on its own: every finding is about one file and depends only
 * on that file's facts (and the config), so it is the same when that file is linted alone as in
 * the whole repository (test/rule-tester.ts checks this on every case). The cache (--cache) keeps
 * such findings per file and runs the rule only on files that changed; the rule must not read
 * joined parts of the model (bundles, projects, machine groups' joins, containers with their
 * ConfigMaps resolved, install parameters, providers). `fleet` (the default): the rule may join
 * files, and it runs on every run over the whole repository, with the plain facts the cache kept.
 */
export type RuleScope = 'file' | 'fleet';

export interface Rule extends RuleMeta {
  /** Default `fleet`. */
  scope?: RuleScope;
  /** Reads the model and reports findings. Pure: no I/O, no parsing. */
  check(context: RuleContext): void;
}

/** Identity helper that gives rule modules their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
