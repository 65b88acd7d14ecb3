import type { Finding, RuleDefinition } from '@paved-road/core';
import type { WorkflowFile } from './types.js';

/**
 * The rule every workflow audit reports for a file GitHub would reject, documented by the action
 * that reports it (`action`: its README holds the rule's section).
 */
export function invalidWorkflowRule(action: string): RuleDefinition {
  return {
    id: INVALID_WORKFLOW,
    title: 'GitHub would reject this file',
    severity: 'error',
    why:
      "A workflow or action.yml that is not valid YAML, or that GitHub's workflow schema rejects, never runs (or fails at the first use): " +
      'nothing it is meant to guarantee happens, and no audit of it can be trusted. Files that are hostile to parsers (alias bombs, ' +
      'extreme nesting, binary or non-UTF-8 content, oversized files) are reported the same way instead of being parsed, and so is a file that is found but cannot be read (a device, a broken mount). ' +
      'The rest of a file refused for one spot is still audited, and its findings reported with this one (no permissions verdict is given on the job holding the spot, and no fixer rewrites the file); ' +
      "an expression where GitHub's schema accepts one in place of a mapping (a step's `env: ${{ matrix.env }}`) is valid. The text of a file that is not YAML at all is never quoted.",
    fix: "Correct the file at the reported line; the message is GitHub's own (from @actions/workflow-parser).",
    before: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    step:\n      - run: make\n',
    after: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    action,
  };
}

/** The id of invalidWorkflowRule. */
export const INVALID_WORKFLOW = 'invalid-workflow';

/** One `invalid-workflow` error finding per problem GitHub (or the YAML parser) reports for the file. */
export function invalidWorkflowFindings(wf: WorkflowFile): Finding[] {
  return wf.errors.map((error) => ({
    rule: INVALID_WORKFLOW,
    severity: 'error',
    message: error.message,
    file: wf.file,
    line: error.line,
    column: error.column,
    ...(error.endLine !== undefined ? { endLine: error.endLine } : {}),
    ...(error.endColumn !== undefined ? { endColumn: error.endColumn } : {}),
  }));
}
