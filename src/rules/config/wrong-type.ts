import { defineRule } from '../types.js';
import { actualText, displayPath, expectedText, fallbackText, issuesOf, nodeRange, show } from './util.js';

export default defineRule({
  id: 'config/wrong-type',
  severity: 'error',
  scope: 'file',
  description: 'A key has a JSON type the agent does not read (an object for a string, 384.5 for an integer key…)',
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'wrong-type')) {
      const actual = actualText(issue.value);
      const what = issue.expected
        ? `must be ${expectedText(issue.expected)}, but it is ${actual === 'true' || actual === 'false' || actual === 'null' ? actual : `${actual} (${show(issue.value)})`}`
        : `is ${show(issue.value)}, which ${issue.ajvMessage ?? 'is not what the agent reads'}`;
      const integral = issue.expected?.includes('integer') && !issue.expected.includes('number') && typeof issue.value === 'number';
      const example = issue.path.length === 1 && issue.property?.examples?.length ? `, e.g. ${JSON.stringify(issue.property.examples[0])}` : '';
      const hint = integral ? `Write a whole number, e.g. ${Math.round(issue.value as number)}.` : issue.expected ? `Write ${expectedText(issue.expected)}${example}.` : 'Fix the value.';
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} ${what}: ${fallbackText(issue)}. ${hint}`,
      });
    }
  },
});
