import type { Finding } from '@paved-road/core';
import {
  contextPath,
  expressionNodes,
  expressionRange,
  FunctionCall,
  Literal,
  StringData,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, conditionNodePosition, conditions, rule } from './common.js';

export const unsoundContainsRule = rule({
  id: 'unsound-contains',
  title: '`contains()` over a string tests for a substring, not for one of a list',
  severity: 'error',
  why:
    "`contains('refs/heads/main refs/heads/release', github.ref)` is true for any substring of that text: " +
    '`refs/heads/m` (a branch named `m`) or `refs/heads/rel` passes too. Where whoever starts the run picks the value (a branch or tag name, ' +
    '`github.actor`, an input, an env variable), the check can be bypassed, and what it guards (a deploy, secrets) runs for ' +
    'them. Reported as an error for such values, and as a note for other contexts (`github.event_name`, `runner.name`), ' +
    'where the test is as loose but the value is not chosen freely.',
  fix:
    'Compare against a real list: `contains(fromJSON(\'["refs/heads/main", "refs/heads/release"]\'), github.ref)`, or ' +
    "write the comparisons out (`github.ref == 'refs/heads/main' || github.ref == 'refs/heads/release'`).",
  before: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    "    if: contains('refs/heads/main refs/heads/release', github.ref)",
    '    steps:',
    '      - run: ./deploy.sh',
  ].join('\n'),
  after: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    if: contains(fromJSON(\'["refs/heads/main", "refs/heads/release"]\'), github.ref)',
    '    steps:',
    '      - run: ./deploy.sh',
  ].join('\n'),
});

/** Values whoever starts the run can choose: ref and actor names, SHAs, inputs, env variables (zizmor's list). */
const CHOSEN = [
  'github.actor',
  'github.base_ref',
  'github.head_ref',
  'github.ref',
  'github.ref_name',
  'github.sha',
  'github.triggering_actor',
];

function chosen(path: string): boolean {
  const lower = path.toLowerCase();
  if (lower.startsWith('env.') || lower.startsWith('inputs.') || lower === 'env' || lower === 'inputs') return true;
  return CHOSEN.some((prefix) => lower === prefix || lower.startsWith(`${prefix}.`));
}

/** A value that passes a substring test without being one of the listed items: the first item cut short. */
function bypass(haystack: string): string {
  const first = haystack.split(/[\s,;|]+/).find((item) => item.length > 1);
  return first ? ` (say '${first.slice(0, -1)}')` : '';
}

export function auditUnsoundContains(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const placed of conditions(wf)) {
    if (!placed.ast || placed.condition.kind === 'embedded') continue;
    for (const node of expressionNodes(placed.ast)) {
      if (!(node instanceof FunctionCall) || node.functionName.lexeme.toLowerCase() !== 'contains') continue;
      const [haystack, needle] = node.args;
      if (!(haystack instanceof Literal) || !(haystack.literal instanceof StringData) || !needle) continue;
      const path = contextPath(needle);
      if (path === undefined) continue;
      const range = expressionRange(placed.condition.expression, node);
      const written = placed.condition.expression.slice(range.start, range.end);
      const severity = chosen(path) ? 'error' : 'note';
      const risk =
        severity === 'error'
          ? `whoever starts the run chooses ${path}, and any substring of '${haystack.literal.value}' passes the check${bypass(haystack.literal.value)}`
          : `${path} is not chosen freely, but any part of the text passes`;
      findings.push({
        ...at(
          wf,
          unsoundContainsRule,
          conditionNodePosition(placed, node),
          `${written} tests whether ${path} is a substring of a string, not one of a list: ${risk}. ` +
            `Use contains(fromJSON('[...]'), ${path}) with a JSON list, or == comparisons.`,
          { job: placed.job, ...(placed.step ? { step: placed.step } : {}) },
        ),
        severity,
      });
    }
  }
  return findings;
}
