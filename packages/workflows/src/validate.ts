// GitHub's own parser (the one behind the Actions language service) validates workflows and action.yml
// files against the official schema: what it rejects, GitHub rejects, with the same message.
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import type { TemplateContext } from '@actions/workflow-parser/templates/template-context';
import { errorMessage } from '@paved-road/core';
import type { WorkflowError, WorkflowKind } from './types.js';

/** GitHub's schema errors for a file that is valid YAML (the caller has already checked that). */
export function validateWithGitHub(file: string, text: string, kind: WorkflowKind): WorkflowError[] {
  const trace = new NoOperationTraceWriter();
  let context: TemplateContext;
  try {
    if (kind === 'action') {
      context = parseAction({ name: file, content: text }, trace).context;
    } else {
      const parsed = parseWorkflow({ name: file, content: text }, trace);
      context = parsed.context;
      if (parsed.value && context.errors.count === 0) {
        // The conversion adds the semantic checks (job ids, needs cycles, cron, matrix, ...). It is
        // async only to fetch called workflows, which it does not do here: every error is recorded
        // synchronously, before the returned promise settles, so reading the context now is complete.
        convertWorkflowTemplate(context, parsed.value).catch(() => undefined);
      }
    }
  } catch (error) {
    return [{ message: `GitHub's workflow parser failed: ${errorMessage(error)}`, line: 1, column: 1 }];
  }
  return context.errors.getErrors().map((error) => {
    const start = error.range?.start;
    const end = error.range?.end;
    return {
      message: error.rawMessage,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    };
  });
}
