import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
  visit,
} from 'yaml';
import { errorMessage, readTextFile, isConfigurationError } from '@paved-road/core';
import { MAX_ALIAS_COUNT, NodeReader } from './nodes.js';
import type {
  RunDefaults,
  RunScript,
  ActionDefinition,
  ContainerRef,
  InputDefinition,
  Job,
  PermissionLevel,
  PermissionScope,
  PermissionsBlock,
  Step,
  Trigger,
  WorkflowError,
  WorkflowFile,
  WorkflowKind,
} from './types.js';
import { validateWithGitHub } from './validate.js';
import { findExpressions, type FoundExpression } from './expressions.js';

// Each Document carries its reader in a symbol-keyed property, not in a module-level WeakMap: a
// WeakMap entry whose value (the reader) holds its key (the document) kept every file's model alive
// through V8's young-generation collections (seen in a heap profile of promoted objects), so each was
// copied into the old generation as garbage: a third of a 10,000-file run's collection time.
const READER = Symbol('paved-road.reader');
type WithReader = { [READER]?: NodeReader };

function readerFor(wf: WorkflowFile): NodeReader {
  const holder = wf.document as unknown as WithReader;
  let reader = holder[READER];
  if (!reader) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let nl = wf.text.indexOf('\n'); nl !== -1; nl = wf.text.indexOf('\n', nl + 1)) lineCounter.addNewLine(nl + 1);
    reader = new NodeReader(wf.text, wf.document, lineCounter);
    holder[READER] = reader;
  }
  return reader;
}

/** 1-based line and column of an offset in the file's text. */
export function positionAt(wf: WorkflowFile, offset: number): { line: number; column: number } {
  return readerFor(wf).at(offset);
}

/**
 * A scalar of the file's Document as a script, with offsets mapped to the file: for code-executing
 * inputs such as `actions/github-script`'s `script`. Undefined for collections.
 */
export function scalarScript(wf: WorkflowFile, node: unknown): RunScript | undefined {
  return readerFor(wf).runScript(node);
}

/** A step's `with.<name>` as a script (see scalarScript). */
export function withScript(wf: WorkflowFile, step: Step, name: string): RunScript | undefined {
  const reader = readerFor(wf);
  const value = reader.get(reader.get(step.node, 'with')?.value, name)?.value;
  return value ? reader.runScript(value) : undefined;
}

/** A `${{ }}` somewhere in the file, with the job and step it is written in (when it is in one). */
export interface PlacedExpression extends FoundExpression {
  line: number;
  column: number;
  /** Maps an offset in `expression` (the trimmed text between `${{` and `}}`) to the file. */
  toPosition(offset: number): { line: number; column: number };
  job?: Job;
  step?: Step;
}

/**
 * Every `${{ }}` written in a value of the file (keys and comments are not values), in document
 * order, with file positions. An anchored value is read once, where it is written.
 */
export function documentExpressions(wf: WorkflowFile): PlacedExpression[] {
  // Several audits read them: found once per document, kept on it as the reader is (see READER).
  const holder = wf.document as unknown as { [EXPRESSIONS]?: PlacedExpression[] };
  return (holder[EXPRESSIONS] ??= findDocumentExpressions(wf));
}

const EXPRESSIONS = Symbol('paved-road.expressions');

function findDocumentExpressions(wf: WorkflowFile): PlacedExpression[] {
  const reader = readerFor(wf);
  const owners = new Map<unknown, { job: Job; step?: Step }>();
  for (const job of wf.jobs) {
    owners.set(job.node, { job });
    for (const step of job.steps) owners.set(step.node, { job, step });
  }
  const out: PlacedExpression[] = [];
  visit(wf.document, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('${{')) return;
      const script = reader.runScript(node);
      if (!script) return;
      let owner: { job: Job; step?: Step } | undefined;
      for (let i = path.length - 1; i >= 0 && !owner; i--) owner = owners.get(path[i]);
      for (const found of findExpressions(script.text, script.offsetToPosition)) {
        // `expression` is trimmed: offsets in it start after the spaces that follow `${{`.
        let base = found.start + 3;
        while (base < found.end && /\s/.test(script.text[base]!)) base++;
        out.push({
          ...found,
          line: found.line!,
          column: found.column!,
          toPosition: (offset: number) => script.offsetToPosition(base + offset),
          ...(owner?.job ? { job: owner.job } : {}),
          ...(owner?.step ? { step: owner.step } : {}),
        });
      }
    },
  });
  return out;
}

/** How findings name a step: its id, else its name, else `#<1-based index>`. */
export function stepLabel(step: Step): string {
  return step.id ?? step.name ?? `#${step.index + 1}`;
}

/** Deeper than this, a file is refused: real workflows nest about ten levels; this bounds recursion. */
export const MAX_NESTING_DEPTH = 100;

export interface LoadOptions {
  /** Force the kind instead of deciding from the path. */
  kind?: WorkflowKind;
  /** Validate with GitHub's parser (default true). */
  validate?: boolean;
  /** The workspace, for loadWorkflowPath: a link out of it or into .git is refused (see readTextFile). */
  workspace?: string;
}

/**
 * The kind a path names: `.github/workflows/*.y(a)ml` is a workflow, `action.y(a)ml` anywhere an
 * action, anything else undecided (decided from the content).
 */
export function kindFromPath(file: string): WorkflowKind | undefined {
  const path = file.replace(/\\/g, '/');
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return 'workflow';
  if (/(^|\/)action\.ya?ml$/i.test(path)) return 'action';
  return undefined;
}

/**
 * Parses a workflow or action.yml. Never throws for bad content: broken YAML, alias bombs, excessive
 * nesting and files GitHub would reject come back as `errors` (with whatever model could be read).
 */
export function loadWorkflowFile(file: string, text: string, options: LoadOptions = {}): WorkflowFile {
  const lineEnding: '\n' | '\r\n' = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1 || undefined)) ? '\r\n' : '\n';
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  const errors: WorkflowError[] = [];
  // Nesting the YAML parser could not take, or a document too costly to expand: no model is read.
  let unreadable = false;
  try {
    document = parseDocument(text, {
      lineCounter,
      keepSourceTokens: true,
      // yaml's own duplicate-key check is quadratic in the size of a mapping; checkResourceLimits does it in linear time.
      uniqueKeys: false,
      prettyErrors: false,
      // Aliases stay unexpanded in the Document; checkResourceLimits bounds their expansion.
    });
  } catch (error) {
    // The parser recursing past the stack (pathological nesting) or any other failure: one clean error.
    return emptyFile(
      file,
      text,
      lineEnding,
      [{ message: `The YAML could not be parsed: ${describeThrown(error)}`, line: 1, column: 1 }],
      options.kind ?? kindFromPath(file) ?? 'workflow',
    );
  }
  for (const error of document.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    if (/call stack/i.test(error.message)) {
      // The parser ran out of stack on pathological nesting and reported it at each level: one error.
      // Not where the stack ran out (that depends on the thread, a worker's stack is not the main
      // thread's, and on what V8 had compiled): at the first node past MAX_NESTING_DEPTH it read.
      const deep = visitNodes(document, (node, depth) => tooDeep(node, depth, lineCounter));
      errors.length = 0;
      errors.push({
        message: 'The document is nested too deeply to be parsed.',
        line: deep?.line ?? pos.line,
        column: deep?.column ?? pos.col,
      });
      unreadable = true;
      break;
    }
    errors.push({ message: yamlErrorMessage(error.message), line: pos.line, column: pos.col });
  }
  const guard = unreadable ? undefined : checkResourceLimits(document, lineCounter);
  if (guard) {
    errors.push(guard);
    unreadable = true;
  }
  // A YAML syntax error leaves the rest of the document parsed: that rest is still read (and audited,
  // with the error reported), but GitHub's parser, which refuses the whole text, is not asked.
  const yamlErrors = errors.length > 0;
  const reader = new NodeReader(text, document, lineCounter);
  (document as unknown as WithReader)[READER] = reader;
  const root = reader.map(document.contents);
  const kind =
    options.kind ??
    kindFromPath(file) ??
    (root && reader.get(root, 'runs') && !reader.get(root, 'jobs') ? 'action' : 'workflow');
  const wf: WorkflowFile = { file, kind, text, lineEnding, document, errors, triggers: [], env: [], jobs: [] };
  if (unreadable) return wf;
  if (!root) {
    // Not a workflow at all (a key, a script, prose): not given to GitHub's parser, whose error
    // ("Unexpected value '...'") would quote the whole text.
    if (!yamlErrors) errors.push({ message: `The ${kind} is not a mapping.`, line: 1, column: 1 });
    return wf;
  }
  if (!yamlErrors && options.validate !== false) {
    try {
      errors.push(
        ...prototypeKeyErrors(validateWithGitHub(file, text, kind, { document, lineCounter }), document, lineCounter),
      );
    } catch (error) {
      errors.push({ message: `GitHub's workflow parser failed: ${describeThrown(error)}`, line: 1, column: 1 });
    }
  }
  try {
    if (kind === 'action') readAction(reader, root, wf);
    else readWorkflow(reader, root, wf);
  } catch (error) {
    errors.push({ message: `The ${kind} could not be read: ${describeThrown(error)}`, line: 1, column: 1 });
  }
  return wf;
}

/**
 * Reads and loads a file from disk. Unreadable, oversized, binary or non-UTF-8 files come back as a
 * model with one file-level error (so the other files are still audited), never as an exception.
 */
export function loadWorkflowPath(path: string, displayName: string = path, options: LoadOptions = {}): WorkflowFile {
  let text: string;
  try {
    text = readTextFile(path, {
      displayName,
      kind: 'workflow',
      ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
    });
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    const lineCounter = new LineCounter();
    const document = parseDocument('', { lineCounter });
    return {
      file: displayName,
      kind: options.kind ?? kindFromPath(displayName) ?? 'workflow',
      text: '',
      lineEnding: '\n',
      document,
      errors: [{ message: error.message, line: error.location?.line ?? 1, column: error.location?.column ?? 1 }],
      triggers: [],
      env: [],
      jobs: [],
    };
  }
  return loadWorkflowFile(displayName, text, options);
}

/**
 * The yaml parser's message without the source text some of its messages end with (`Unexpected
 * scalar token in YAML stream: "..."`): a file that is not YAML at all (a git config, a key) must
 * not be quoted; the position says where.
 */
function yamlErrorMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/(token in YAML stream|includes extra characters|Unresolved tag): .*$/s, '$1');
}

/** How GitHub's JS parser reports its own TypeError. */
const PARSER_CRASH = /^Cannot read properties of /;

/**
 * GitHub's JS parser looks keys up in plain objects, so a key such as `__proto__` or `constructor`
 * finds Object.prototype's member and the parser reports its own TypeError. Such a key is not one
 * GitHub accepts: say so, as GitHub does of any unknown key, at the key.
 */
function prototypeKeyErrors(errors: WorkflowError[], document: Document, lineCounter: LineCounter): WorkflowError[] {
  if (!errors.some((error) => PARSER_CRASH.test(error.message))) return errors;
  let found: { key: string; offset: number } | undefined;
  visit(document, {
    Pair(_key, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key === 'string' && key in Object.prototype) {
        found = { key, offset: (pair.key as Node).range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (!found) return errors;
  const { line, col } = lineCounter.linePos(found.offset);
  const message = `Unexpected value '${found.key}'`;
  return errors.map((error) => (PARSER_CRASH.test(error.message) ? { message, line, column: col } : error));
}

function describeThrown(error: unknown): string {
  if (error instanceof RangeError) return 'the document is nested too deeply';
  return errorMessage(error);
}

function emptyFile(
  file: string,
  text: string,
  lineEnding: '\n' | '\r\n',
  errors: WorkflowError[],
  kind: WorkflowKind,
): WorkflowFile {
  return {
    file,
    kind,
    text,
    lineEnding,
    document: parseDocument('', { lineCounter: new LineCounter() }),
    errors,
    triggers: [],
    env: [],
    jobs: [],
  };
}

/**
 * Visits the document's nodes with their nesting depth, iteratively (no recursion on hostile input),
 * until `visit` returns something, which is returned.
 */
function visitNodes<T>(
  document: Document.Parsed,
  visit: (node: object, depth: number) => T | undefined,
): T | undefined {
  const stack: Array<[unknown, number]> = [[document.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const found = visit(node, depth);
    if (found !== undefined) return found;
    if (isCollection(node)) for (const item of node.items) stack.push([item, isPair(item) ? depth : depth + 1]);
    else if (isPair(node)) stack.push([node.key, depth + 1], [node.value, depth + 1]);
  }
  return undefined;
}

function positionOf(node: { range?: unknown } | undefined, lineCounter: LineCounter): { line: number; column: number } {
  const range = node?.range as [number, number, number] | undefined;
  const pos = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
  return { line: pos.line, column: pos.col };
}

/** A node past MAX_NESTING_DEPTH, as an error at its start. */
function tooDeep(node: object, depth: number, lineCounter: LineCounter): WorkflowError | undefined {
  if (depth <= MAX_NESTING_DEPTH) return undefined;
  return {
    message: `The document nests deeper than ${MAX_NESTING_DEPTH} levels.`,
    ...positionOf(node as Node, lineCounter),
  };
}

/** A key a mapping has twice, as an error at its second occurrence. */
function duplicateKey(map: YAMLMap, lineCounter: LineCounter): WorkflowError | undefined {
  const keys = new Set<unknown>();
  for (const item of map.items) {
    if (!isScalar(item.key)) continue;
    const key = item.key.value;
    if (keys.has(key))
      return {
        message: `Map keys must be unique: "${String(key)}" is defined twice.`,
        ...positionOf(item.key, lineCounter),
      };
    keys.add(key);
  }
  return undefined;
}

/** Refuses documents whose nesting or alias expansion could exhaust the stack or memory downstream. */
function checkResourceLimits(document: Document.Parsed, lineCounter: LineCounter): WorkflowError | undefined {
  // Depth and duplicate keys in one pass.
  let aliases = false;
  const found = visitNodes(document, (node, depth) => {
    if (isAlias(node)) aliases = true;
    return tooDeep(node, depth, lineCounter) ?? (isMap(node) ? duplicateKey(node, lineCounter) : undefined);
  });
  if (found) return found;
  // Alias expansion: yaml's own billion-laughs guard (only documents with aliases can explode).
  if (!aliases) return undefined;
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { message: `The document could not be expanded: ${describeThrown(error)}`, line: 1, column: 1 };
  }
  return undefined;
}

const SCOPE_LEVELS = new Set(['read', 'write', 'none']);

export function readPermissions(
  reader: NodeReader,
  keyNode: Node,
  value: Node | undefined,
): PermissionsBlock | undefined {
  const position = reader.position(keyNode);
  const valuePosition = value?.range ? reader.position(value) : position;
  if (isScalar(value) || value === undefined) {
    const text = reader.scalarString(value) ?? '';
    if (text === 'read-all' || text === 'write-all') return { position, valuePosition, kind: text, scopes: new Map() };
    if (text === '') return { position, valuePosition, kind: 'empty', scopes: new Map() };
    return undefined;
  }
  if (!isMap(value)) return undefined;
  const scopes = new Map<string, PermissionScope>();
  for (const entry of reader.pairs(value)) {
    const level = reader.scalarString(entry.value) ?? '';
    if (!SCOPE_LEVELS.has(level)) continue;
    const comment = trailingComment(entry.value) ?? precedingComment(reader.text, entry.keyNode.range?.[0] ?? 0);
    scopes.set(entry.key, {
      level: level as PermissionLevel,
      position: reader.position(entry.keyNode),
      valuePosition: entry.value?.range ? reader.position(entry.value) : reader.position(entry.keyNode),
      ...(comment ? { comment } : {}),
    });
  }
  return { position, valuePosition, kind: value.items.length ? 'map' : 'empty', scopes, node: value };
}

function trailingComment(node: Node | undefined): string | undefined {
  const comment = isScalar(node) ? node.comment : undefined;
  const text = comment?.trim();
  return text ? text : undefined;
}

/** The comment-only lines right above an offset's line, joined; undefined when there are none. */
export function precedingComment(text: string, offset: number): string | undefined {
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines: string[] = [];
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text
      .slice(prevStart, lineStart - 1)
      .replace(/\r$/, '')
      .trim();
    if (!line.startsWith('#')) break;
    lines.unshift(line.replace(/^#+\s?/, '').trim());
    lineStart = prevStart;
  }
  const joined = lines.filter(Boolean).join(' ');
  return joined || undefined;
}

function readInputs(reader: NodeReader, node: Node | undefined): InputDefinition[] {
  const inputs: InputDefinition[] = [];
  for (const entry of reader.pairs(node)) {
    const type = reader.scalarString(reader.get(entry.value, 'type')?.value) || 'string';
    const required = reader.scalarString(reader.get(entry.value, 'required')?.value);
    const defaultValue = reader.located(reader.get(entry.value, 'default'));
    const options = reader.get(entry.value, 'options');
    inputs.push({
      name: entry.key,
      position: reader.position(entry.keyNode),
      type,
      ...(required !== undefined ? { required: required === 'true' } : {}),
      ...(defaultValue ? { default: defaultValue } : {}),
      ...(options ? { options: reader.stringList(options.value) } : {}),
    });
  }
  return inputs;
}

function readTriggers(reader: NodeReader, value: Node | undefined): Trigger[] {
  const triggers: Trigger[] = [];
  if (isScalar(value)) {
    const name = reader.scalarString(value);
    if (name) triggers.push({ name, position: reader.position(value), inputs: [] });
  } else if (isSeq(value)) {
    for (const item of value.items) {
      const resolved = reader.resolve(item);
      const name = reader.scalarString(resolved);
      if (name) triggers.push({ name, position: reader.position(resolved), inputs: [] });
    }
  } else if (isMap(value)) {
    for (const entry of reader.pairs(value)) {
      const trigger: Trigger = { name: entry.key, position: reader.position(entry.keyNode), inputs: [] };
      if (isMap(entry.value)) {
        const types = reader.get(entry.value, 'types');
        if (types) trigger.types = reader.stringList(types.value);
        trigger.filters = reader.toData(entry.value);
        trigger.inputs = readInputs(reader, reader.get(entry.value, 'inputs')?.value);
        const secrets = reader.get(entry.value, 'secrets');
        if (secrets) trigger.secrets = reader.pairs(secrets.value).map((s) => s.key);
      } else if (isSeq(entry.value)) {
        // `schedule:` is a list of `- cron:` entries.
        trigger.filters = reader.toData(entry.value);
      }
      triggers.push(trigger);
    }
  }
  return triggers;
}

function readStep(reader: NodeReader, node: unknown, index: number): Step | undefined {
  const map = reader.map(node);
  if (!map) return undefined;
  const step: Step = { index, position: reader.position(map), with: new Map(), env: [], node: map };
  for (const entry of reader.pairs(map)) {
    switch (entry.key) {
      case 'id':
        step.id = reader.scalarString(entry.value);
        break;
      case 'name':
        step.name = reader.scalarString(entry.value);
        break;
      case 'uses':
        step.uses = reader.located(entry);
        break;
      case 'run':
        step.run = reader.runScript(entry.value);
        break;
      case 'with':
        step.with = reader.locatedMap(entry.value);
        step.withPosition = reader.position(entry.keyNode);
        break;
      case 'env':
        step.env = reader.keyValues(entry.value);
        break;
      case 'if':
        step.if = reader.located(entry);
        break;
      case 'shell':
        step.shell = reader.located(entry);
        break;
      case 'working-directory':
        step.workingDirectory = reader.located(entry);
        break;
    }
  }
  return step;
}

function readSteps(reader: NodeReader, node: Node | undefined): Step[] {
  const steps: Step[] = [];
  const seq = reader.resolve(node);
  if (!isSeq(seq)) return steps;
  seq.items.forEach((item, index) => {
    const step = readStep(reader, item, index);
    if (step) steps.push(step);
  });
  return steps;
}

function readContainer(
  reader: NodeReader,
  id: string,
  entry: { keyNode: Node; value: Node | undefined },
): ContainerRef {
  const ref: ContainerRef = { id, position: reader.position(entry.keyNode), env: [] };
  if (isScalar(entry.value)) {
    const image = reader.located(entry);
    if (image) ref.image = image;
    return ref;
  }
  const image = reader.located(reader.get(entry.value, 'image'));
  if (image) ref.image = image;
  const credentials = reader.get(entry.value, 'credentials');
  if (credentials) {
    const username = reader.located(reader.get(credentials.value, 'username'));
    const password = reader.located(reader.get(credentials.value, 'password'));
    ref.credentials = {
      position: reader.position(credentials.keyNode),
      ...(username ? { username } : {}),
      ...(password ? { password } : {}),
    };
  }
  ref.env = reader.keyValues(reader.get(entry.value, 'env')?.value);
  const options = reader.located(reader.get(entry.value, 'options'));
  if (options) ref.options = options;
  return ref;
}

function readJob(reader: NodeReader, id: string, keyNode: Node, value: Node | undefined): Job | undefined {
  const map = reader.map(value);
  if (!map) return undefined;
  const job: Job = {
    id,
    position: reader.position(keyNode),
    runsOn: [],
    needs: [],
    with: new Map(),
    steps: [],
    services: [],
    env: [],
    node: map,
  };
  for (const entry of reader.pairs(map)) {
    switch (entry.key) {
      case 'name': {
        const name = reader.located(entry);
        if (name) job.name = name;
        break;
      }
      case 'permissions': {
        const permissions = readPermissions(reader, entry.keyNode, entry.value);
        if (permissions) job.permissions = permissions;
        break;
      }
      case 'runs-on':
        job.runsOnPosition = entry.value?.range ? reader.position(entry.value) : reader.position(entry.keyNode);
        if (isMap(entry.value)) {
          const group = reader.scalarString(reader.get(entry.value, 'group')?.value);
          job.runsOn = [
            ...reader.stringList(reader.get(entry.value, 'labels')?.value),
            ...(group ? [`group:${group}`] : []),
          ];
        } else {
          job.runsOn = reader.stringList(entry.value);
        }
        break;
      case 'needs':
        job.needs = reader.stringList(entry.value);
        break;
      case 'if':
        job.if = reader.located(entry);
        break;
      case 'uses':
        job.uses = reader.located(entry);
        break;
      case 'with':
        job.with = reader.locatedMap(entry.value);
        break;
      case 'secrets':
        job.secrets = reader.scalarString(entry.value) === 'inherit' ? 'inherit' : reader.locatedMap(entry.value);
        job.secretsPosition = entry.value?.range ? reader.position(entry.value) : reader.position(entry.keyNode);
        break;
      case 'steps':
        job.steps = readSteps(reader, entry.value);
        break;
      case 'container':
        job.container = readContainer(reader, 'container', entry);
        break;
      case 'services':
        job.services = reader.pairs(entry.value).map((service) => readContainer(reader, service.key, service));
        break;
      case 'env':
        job.env = reader.keyValues(entry.value);
        break;
      case 'outputs':
        job.outputs = reader.keyValues(entry.value);
        break;
      case 'defaults': {
        const defaults = readDefaults(reader, entry.value);
        if (defaults) job.defaults = defaults;
        break;
      }
      case 'environment': {
        const environment = isMap(entry.value)
          ? reader.located(reader.get(entry.value, 'name'))
          : reader.located(entry);
        if (environment) job.environment = environment;
        break;
      }
      case 'strategy': {
        const matrix = reader.get(entry.value, 'matrix');
        if (matrix) {
          const where = matrix.value?.range ? reader.position(matrix.value) : reader.position(matrix.keyNode);
          job.matrix = { value: reader.toData(matrix.value), ...where };
        }
        break;
      }
    }
  }
  return job;
}

function readDefaults(reader: NodeReader, value: Node | undefined): RunDefaults | undefined {
  const run = reader.get(value, 'run')?.value;
  if (!run) return undefined;
  const shell = reader.located(reader.get(run, 'shell'));
  const workingDirectory = reader.located(reader.get(run, 'working-directory'));
  if (!shell && !workingDirectory) return undefined;
  return { ...(shell ? { shell } : {}), ...(workingDirectory ? { workingDirectory } : {}) };
}

/**
 * The shell a `run:` step runs in, as written (`bash`, `pwsh`, `python {0}`, ...): the step's own,
 * else the job's or the workflow's `defaults.run.shell`; undefined means the runner default (bash on
 * Linux and macOS, pwsh on Windows). Composite action steps must name theirs.
 */
export function effectiveShell(wf: WorkflowFile, job: Job, step: Step): string | undefined {
  return (step.shell ?? job.defaults?.shell ?? wf.defaults?.shell)?.value;
}

function readWorkflow(reader: NodeReader, root: Node, wf: WorkflowFile): void {
  for (const entry of reader.pairs(root)) {
    switch (entry.key) {
      case 'name': {
        const name = reader.located(entry);
        if (name) wf.name = name;
        break;
      }
      case 'on':
        wf.triggers = readTriggers(reader, entry.value);
        break;
      case 'permissions': {
        const permissions = readPermissions(reader, entry.keyNode, entry.value);
        if (permissions) wf.permissions = permissions;
        break;
      }
      case 'env':
        wf.env = reader.keyValues(entry.value);
        break;
      case 'defaults': {
        const defaults = readDefaults(reader, entry.value);
        if (defaults) wf.defaults = defaults;
        break;
      }
      case 'jobs':
        for (const job of reader.pairs(entry.value)) {
          const read = readJob(reader, job.key, job.keyNode, job.value);
          if (read) wf.jobs.push(read);
        }
        break;
    }
  }
}

/** The id of the pseudo-job that carries a composite action's steps. */
export const COMPOSITE_JOB_ID = 'composite';

function readAction(reader: NodeReader, root: Node, wf: WorkflowFile): void {
  const action: ActionDefinition = { inputs: [] };
  const name = reader.located(reader.get(root, 'name'));
  if (name) action.name = name;
  action.inputs = readInputs(reader, reader.get(root, 'inputs')?.value);
  const runs = reader.get(root, 'runs');
  const runsMap = reader.map(runs?.value);
  if (runs && runsMap) {
    const field = (key: string) => reader.located(reader.get(runsMap, key));
    const using = field('using');
    const steps = readSteps(reader, reader.get(runsMap, 'steps')?.value);
    action.runs = { position: reader.position(runs.keyNode), steps };
    for (const [key, value] of [
      ['using', using],
      ['main', field('main')],
      ['pre', field('pre')],
      ['post', field('post')],
      ['image', field('image')],
    ] as const) {
      if (value) action.runs[key] = value;
    }
    if (using?.value.toLowerCase() === 'composite') {
      wf.jobs.push({
        id: COMPOSITE_JOB_ID,
        position: reader.position(runs.keyNode),
        runsOn: [],
        needs: [],
        with: new Map(),
        steps,
        services: [],
        env: [],
        composite: true,
        node: runsMap,
      });
    }
  }
  wf.action = action;
}
