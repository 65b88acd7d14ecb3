import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { isConverterShapeError, type WorkflowKind } from '../src/index.js';

/**
 * GitHub's own pipeline on the text, conversion awaited: what validateWithGitHub must agree with. The
 * converter's errors on expressions the schema accepted are left out, as validateWithGitHub leaves
 * them out (GitHub runs those files); the schema's own errors are all kept.
 */
export async function githubErrors(file: string, text: string, kind: WorkflowKind): Promise<unknown[]> {
  const trace = new NoOperationTraceWriter();
  const result =
    kind === 'action'
      ? parseAction({ name: file, content: text }, trace)
      : parseWorkflow({ name: file, content: text }, trace);
  const schemaErrors = result.context.errors.count;
  if (kind === 'workflow' && result.value && schemaErrors === 0)
    await convertWorkflowTemplate(result.context, result.value);
  const errors = result.context.errors
    .getErrors()
    .filter((error, index) => index < schemaErrors || !isConverterShapeError(error.rawMessage));
  return errors.map((error) => ({
    message: error.rawMessage,
    line: error.range?.start.line ?? 1,
    column: error.range?.start.column ?? 1,
    ...(error.range?.end ? { endLine: error.range.end.line, endColumn: error.range.end.column } : {}),
  }));
}
