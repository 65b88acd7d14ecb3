import type { Finding } from '@paved-road/core';
import type { WorkflowFile } from '@paved-road/workflows';
import { at, conditions, rule } from './common.js';

export const unsoundConditionRule = rule({
  id: 'unsound-condition',
  title: 'An `if:` is always true: its `${{ }}` sits in a longer string',
  severity: 'error',
  why:
    'GitHub evaluates an `if:` as one expression when it is written bare or as exactly one `${{ }}`. When the `${{ }}` is ' +
    'only part of the value (`${{ x }} && y`, text around it, or a block scalar `if: |` whose value ends with a newline), ' +
    'the value is a string template: the expression is pasted into the text, and a non-empty string is true. The job or ' +
    "step then always runs, whatever the check says, so a guard such as `github.ref == 'refs/heads/main'` guards nothing.",
  fix:
    'Write the whole condition in one `${{ }}` or without one (`if: x && y`). For a block scalar, strip the final newline ' +
    'with `|-` or `>-`, or write the condition on the `if:` line.',
  before: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    if: |',
    "      ${{ github.ref == 'refs/heads/main' }}",
    '    steps:',
    '      - run: ./deploy.sh',
  ].join('\n'),
  after: [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    "    if: github.ref == 'refs/heads/main'",
    '    steps:',
    '      - run: ./deploy.sh',
  ].join('\n'),
});

export function auditUnsoundCondition(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const placed of conditions(wf)) {
    if (placed.condition.kind !== 'embedded') continue;
    const { found } = placed.condition;
    const value = placed.value.value;
    const onlyNewline = found.length === 1 && found[0]!.start === 0 && /^\s*\n\s*$/.test(value.slice(found[0]!.end));
    const what = onlyNewline
      ? "the block scalar keeps a newline after the `${{ }}`, so the value is the expression's result followed by a newline"
      : found.length > 1
        ? `the value holds ${found.length} \`\${{ }}\` joined by text, so it is a string`
        : 'the `${{ }}` is only part of the value, so the value is a string';
    const fix = onlyNewline
      ? 'Use `|-` or `>-` (strip the final newline), or write the condition on one line.'
      : 'Write the whole condition in one `${{ }}`, or without `${{ }}`.';
    const who = placed.step ? 'step' : `job ${placed.job.id}`;
    findings.push(
      at(
        wf,
        unsoundConditionRule,
        placed.value,
        `This if: is always true: ${what}, and a non-empty string is true, so the ${who} always runs. ${fix}`,
        { job: placed.job, ...(placed.step ? { step: placed.step } : {}) },
      ),
    );
  }
  return findings;
}
