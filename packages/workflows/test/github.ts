import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import type { WorkflowKind } from '../src/index.js';

/** GitHub's own pipeline on the text, conversion awaited: what validateWithGitHub must agree with. */
export async function githubErrors(file: string, text: string, kind: WorkflowKind): Promise<unknown[]> {
  const trace = new NoOperationTraceWriter();
  const result =
    kind === 'action'
      ? parseAction({ name: file, content: text }, trace)
      : parseWorkflow({ name: file, content: text }, trace);
  if (kind === 'workflow' && result.value && result.context.errors.count === 0)
    await convertWorkflowTemplate(result.context, result.value);
  return result.context.errors.getErrors().map((error) => ({
    message: error.rawMessage,
    line: error.range?.start.line ?? 1,
    column: error.range?.start.column ?? 1,
    ...(error.range?.end ? { endLine: error.range.end.line, endColumn: error.range.end.column } : {}),
  }));
}
