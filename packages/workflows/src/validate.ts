// GitHub's own parser (the one behind the Actions language service) validates workflows and action.yml
// files against the official schema: what it rejects, GitHub rejects, with the same message.
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ACTION_ROOT } from '@actions/workflow-parser/actions/action-constants';
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema';
import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import { errorMessage } from '@paved-road/core';
import type { Document, LineCounter } from 'yaml';
import type { WorkflowError, WorkflowKind } from './types.js';

/** A document already parsed (without errors) by the loader, to spare GitHub's parser a second YAML parse. */
export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * GitHub's YAML reader over a Document we already parsed. Its constructor parses the text; everything
 * else reads only the fields set here, so the template reader sees exactly what it would have seen.
 * Undefined when the parser's internals differ from what this relies on (then it parses the text).
 */
function readerFor(fileId: number, parsed: ParsedYaml): ObjectReader | undefined {
  const proto = YamlObjectReader.prototype as unknown as { getNodes?: unknown };
  if (typeof proto.getNodes !== 'function') return undefined;
  const reader = Object.create(YamlObjectReader.prototype) as Record<string, unknown> & ObjectReader;
  Object.assign(reader, { lineCounter: parsed.lineCounter, errors: [], doc: parsed.document, fileId });
  reader._generator = (reader.getNodes as (node: unknown, seen: Set<unknown>) => unknown).call(
    reader,
    parsed.document,
    new Set(),
  );
  return reader;
}

function readParsed(
  kind: WorkflowKind,
  file: string,
  parsed: ParsedYaml,
  trace: NoOperationTraceWriter,
): { context: TemplateContext; value: TemplateToken | undefined } | undefined {
  const context = new TemplateContext(
    new TemplateValidationErrors(),
    kind === 'action' ? getActionSchema() : getWorkflowSchema(),
    trace,
  );
  const fileId = context.getFileId(file);
  const reader = readerFor(fileId, parsed);
  if (!reader) return undefined;
  return { context, value: readTemplate(context, kind === 'action' ? ACTION_ROOT : WORKFLOW_ROOT, reader, fileId) };
}

/** GitHub's schema errors for a file that is valid YAML (the caller has already checked that). */
export function validateWithGitHub(
  file: string,
  text: string,
  kind: WorkflowKind,
  parsed?: ParsedYaml,
): WorkflowError[] {
  const trace = new NoOperationTraceWriter();
  let context: TemplateContext;
  try {
    const result =
      (parsed && readParsed(kind, file, parsed, trace)) ??
      (kind === 'action'
        ? parseAction({ name: file, content: text }, trace)
        : parseWorkflow({ name: file, content: text }, trace));
    context = result.context;
    if (kind === 'workflow' && result.value && context.errors.count === 0) {
      // The conversion adds the semantic checks (job ids, needs cycles, cron, matrix, ...). It is
      // async only to fetch called workflows, which it does not do here: every error is recorded
      // synchronously, before the returned promise settles, so reading the context now is complete.
      convertWorkflowTemplate(context, result.value).catch(() => undefined);
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
