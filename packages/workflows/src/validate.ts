// GitHub's own parser (the one behind the Actions language service) validates workflows and action.yml
// files against the official schema: what it rejects, GitHub rejects, with the same message.
import { FeatureFlags } from '@actions/expressions/features';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { convertConcurrency } from '@actions/workflow-parser/model/converter/concurrency';
import { convertOn } from '@actions/workflow-parser/model/converter/events';
import { handleTemplateTokenErrors } from '@actions/workflow-parser/model/converter/handle-errors';
import { convertJobs } from '@actions/workflow-parser/model/converter/jobs';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ACTION_ROOT } from '@actions/workflow-parser/actions/action-constants';
import { getActionSchema } from '@actions/workflow-parser/actions/action-schema';
import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import { TemplateContext, TemplateValidationErrors } from '@actions/workflow-parser/templates/template-context';
import { readTemplate } from '@actions/workflow-parser/templates/template-reader';
import { TemplateTokenError, type TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { WORKFLOW_ROOT } from '@actions/workflow-parser/workflows/workflow-constants';
import { getWorkflowSchema } from '@actions/workflow-parser/workflows/workflow-schema';
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import { EventType } from '@actions/workflow-parser/templates/parse-event';
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range';
import {
  BasicExpressionToken,
  MappingToken,
  SequenceToken,
  StringToken,
  type LiteralToken,
} from '@actions/workflow-parser/templates/tokens/index';
import { errorMessage } from '@paved-road/core';
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Scalar } from 'yaml';
import type { WorkflowError, WorkflowKind } from './types.js';

/** A document already parsed (without errors) by the loader, to spare GitHub's parser a second YAML parse. */
export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * GitHub's template reader pulls parse events one at a time from an ObjectReader. Its own YAML reader
 * yields them from nested generators, so each event climbs through every level above it; this one
 * walks the Document we already parsed once, into flat arrays, with the same events and the same
 * tokens (`YamlObjectReader.getNodes`, rewritten as a plain recursion), then hands them out by index.
 */
class FlatYamlReader implements ObjectReader {
  private readonly types: EventType[] = [];
  private readonly tokens: Array<TemplateToken | undefined> = [];
  private index = 0;

  constructor(
    private readonly fileId: number,
    private readonly parsed: ParsedYaml,
  ) {
    this.push(EventType.DocumentStart, undefined);
    this.walk(parsed.document.contents, new Set());
    this.push(EventType.DocumentEnd, undefined);
  }

  private push(type: EventType, token: TemplateToken | undefined): void {
    this.types.push(type);
    this.tokens.push(token);
  }

  private walk(node: unknown, aliasStack: Set<unknown>): void {
    if (isMap(node) || isSeq(node)) {
      const range = this.range(node);
      const seq = isSeq(node);
      this.push(
        seq ? EventType.SequenceStart : EventType.MappingStart,
        seq ? new SequenceToken(this.fileId, range, undefined) : new MappingToken(this.fileId, range, undefined),
      );
      for (const item of node.items) this.walk(item, aliasStack);
      this.push(seq ? EventType.SequenceEnd : EventType.MappingEnd, undefined);
    } else if (isScalar(node)) {
      this.push(EventType.Literal, literalToken(this.fileId, this.range(node), node));
    } else if (isAlias(node)) {
      const resolved = node.resolve(this.parsed.document);
      // A circular alias yields nothing, as in GitHub's reader.
      if (resolved && !aliasStack.has(resolved)) this.walk(resolved, new Set(aliasStack).add(resolved));
    } else if (isPair(node)) {
      const key = node.key as Scalar;
      this.push(EventType.Literal, new StringToken(this.fileId, this.range(key), key.value as string, undefined));
      this.walk(node.value, aliasStack);
    }
  }

  private range(node: unknown): TokenRange | undefined {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (!range) return undefined;
    const start = this.parsed.lineCounter.linePos(range[0]);
    const end = this.parsed.lineCounter.linePos(range[1]);
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  }

  private take(type: EventType): boolean {
    if (this.types[this.index] !== type) return false;
    this.index++;
    return true;
  }

  allowLiteral(): LiteralToken | undefined {
    const token = this.tokens[this.index];
    return this.take(EventType.Literal) ? (token as LiteralToken) : undefined;
  }

  allowSequenceStart(): SequenceToken | undefined {
    const token = this.tokens[this.index];
    return this.take(EventType.SequenceStart) ? (token as SequenceToken) : undefined;
  }

  allowSequenceEnd(): boolean {
    return this.take(EventType.SequenceEnd);
  }

  allowMappingStart(): MappingToken | undefined {
    const token = this.tokens[this.index];
    return this.take(EventType.MappingStart) ? (token as MappingToken) : undefined;
  }

  allowMappingEnd(): boolean {
    return this.take(EventType.MappingEnd);
  }

  validateStart(): void {
    if (!this.take(EventType.DocumentStart)) throw new Error('Expected start of reader');
  }

  validateEnd(): void {
    if (!this.take(EventType.DocumentEnd)) throw new Error('Expected end of reader');
  }
}

/**
 * GitHub's YAML reader over a Document we already parsed, lazily (its generator), for the documents
 * the flat reader cannot walk: a walk that throws (a pair whose key is not a scalar, ...) must fail
 * at the same event as GitHub's would. Its constructor parses the text; everything else reads only
 * the fields set here. Undefined when the parser's internals differ from what this relies on.
 */
function lazyReaderFor(fileId: number, parsed: ParsedYaml): ObjectReader | undefined {
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

/** GitHub's own scalar-to-token conversion (private in its types, a static method in its code). */
const literalToken = (
  YamlObjectReader as unknown as {
    getLiteralToken(fileId: number, range: TokenRange | undefined, node: Scalar): LiteralToken;
  }
).getLiteralToken.bind(YamlObjectReader);

function readerFor(fileId: number, parsed: ParsedYaml): ObjectReader | undefined {
  try {
    return new FlatYamlReader(fileId, parsed);
  } catch {
    return lazyReaderFor(fileId, parsed);
  }
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

const FEATURE_FLAGS = new FeatureFlags();

/**
 * An error of GitHub's model converter, not of its schema: the converter reads some values the schema
 * lets be an expression (a step's or job's `env: ${{ matrix.env }}`, `services: ${{ ... }}`) as if
 * they had to be a mapping or sequence. GitHub runs such files (npm/cli's node-integration.yml), so
 * once the schema has accepted the file these are not errors.
 */
const CONVERTER_SHAPE_ERROR =
  /^Unexpected type 'BasicExpressionToken' encountered while reading '[^']*'\. The type '(MappingToken|SequenceToken)' was expected\.$/;

/** True for a converter error on an expression the schema accepted (see CONVERTER_SHAPE_ERROR). */
export function isConverterShapeError(message: string): boolean {
  return CONVERTER_SHAPE_ERROR.test(message);
}

const rangeKey = (range: TokenRange | undefined) =>
  range ? `${range.start.line}:${range.start.column}:${range.end.line}:${range.end.column}` : '';

/**
 * The token tree with each expression named in `shapes` (by range) replaced by an empty mapping or
 * sequence, as the converter expected: what the expression yields is only known at run time.
 */
function withShapes(
  token: TemplateToken,
  shapes: ReadonlyMap<string, 'MappingToken' | 'SequenceToken'>,
): TemplateToken {
  if (token instanceof MappingToken) {
    const copy = new MappingToken(token.file, token.range, token.definitionInfo);
    for (const pair of token) copy.add(pair.key, withShapes(pair.value, shapes));
    return copy;
  }
  if (token instanceof SequenceToken) {
    const copy = new SequenceToken(token.file, token.range, token.definitionInfo);
    for (const item of token) copy.add(withShapes(item, shapes));
    return copy;
  }
  const shape = token instanceof BasicExpressionToken ? shapes.get(rangeKey(token.range)) : undefined;
  if (shape === 'MappingToken') return new MappingToken(token.file, token.range, token.definitionInfo);
  if (shape === 'SequenceToken') return new SequenceToken(token.file, token.range, token.definitionInfo);
  return token;
}

/**
 * The semantic checks of GitHub's `convertWorkflowTemplate` (job ids, needs cycles, cron, matrix,
 * concurrency, ...), run synchronously: that function is async only to fetch called workflows, which
 * it does not do without a file provider, and its settled promise would keep every file's converted
 * model (and token tree) alive until the synchronous audit of all files ends. The same calls, in the
 * same order, with its default options (a test compares the two on the corpus). Where the converter
 * trips on an expression the schema accepted (see CONVERTER_SHAPE_ERROR), it gave up on the job or
 * step around it; it runs again with that expression as an empty value, so the job's other checks
 * (needs, ids, ...) still run. Called only when the schema reported nothing.
 */
function convertChecks(context: TemplateContext, root: TemplateToken): void {
  context.state.featureFlags = FEATURE_FLAGS;
  const shapes = new Map<string, 'MappingToken' | 'SequenceToken'>();
  let tree = root;
  // Each pass replaces at least one more expression, so the number of passes is bounded by the file.
  for (;;) {
    convertOnce(context, tree);
    const found = context.errors
      .getErrors()
      .map((error) => [error, CONVERTER_SHAPE_ERROR.exec(error.rawMessage)?.[1]] as const)
      .filter(([error, shape]) => shape && !shapes.has(rangeKey(error.range)));
    if (!found.length) break;
    for (const [error, shape] of found) shapes.set(rangeKey(error.range), shape as 'MappingToken' | 'SequenceToken');
    context.errors.clear();
    tree = withShapes(root, shapes);
  }
}

function convertOnce(context: TemplateContext, root: TemplateToken): void {
  try {
    for (const item of root.assertMapping('root')) {
      const key = item.key.assertString('root key');
      if (key.value === 'on') handleTemplateTokenErrors(root, context, {}, () => convertOn(context, item.value));
      else if (key.value === 'jobs')
        handleTemplateTokenErrors(root, context, [], () => convertJobs(context, item.value));
      else if (key.value === 'concurrency')
        handleTemplateTokenErrors(root, context, {}, () => convertConcurrency(context, item.value));
    }
  } catch (error) {
    if (error instanceof TemplateTokenError) context.error(error.token, error);
    else context.error(root, error);
  }
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
  // Errors before this index are the schema's; after it, the converter's.
  let schemaErrors = 0;
  try {
    const result =
      (parsed && readParsed(kind, file, parsed, trace)) ??
      (kind === 'action'
        ? parseAction({ name: file, content: text }, trace)
        : parseWorkflow({ name: file, content: text }, trace));
    context = result.context;
    schemaErrors = context.errors.count;
    if (kind === 'workflow' && result.value && context.errors.count === 0) {
      convertChecks(context, result.value);
    }
  } catch (error) {
    return [{ message: `GitHub's workflow parser failed: ${errorMessage(error)}`, line: 1, column: 1 }];
  }
  const errors = context.errors
    .getErrors()
    .filter((error, index) => index < schemaErrors || !isConverterShapeError(error.rawMessage));
  return errors.map((error) => {
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
