export const id = 495;
export const ids = [495];
export const modules = {

/***/ 35495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yI: () => (/* reexport */ ast/* Binary */.yI),
  QC: () => (/* reexport */ ast/* ContextAccess */.QC),
  R6: () => (/* reexport */ ast/* FunctionCall */.R6),
  aU: () => (/* reexport */ ast/* Grouping */.aU),
  cf: () => (/* reexport */ INVALID_WORKFLOW),
  p_: () => (/* reexport */ ast/* IndexAccess */.p_),
  uS: () => (/* reexport */ ast/* Literal */.uS),
  oD: () => (/* reexport */ ast/* Logical */.oD),
  fy: () => (/* reexport */ SHELL_DYNAMIC),
  uQ: () => (/* reexport */ data/* StringData */.uQ),
  _c: () => (/* reexport */ ast/* Unary */._c),
  _r: () => (/* reexport */ constantText),
  VJ: () => (/* reexport */ contextPath),
  V9: () => (/* reexport */ documentExpressions),
  oL: () => (/* reexport */ effectiveShell),
  Hu: () => (/* reexport */ expressionContexts),
  YP: () => (/* reexport */ expressionNodes),
  Y9: () => (/* reexport */ expressionRange),
  UF: () => (/* reexport */ expressionValueContexts),
  zV: () => (/* reexport */ findExpressions),
  nK: () => (/* reexport */ invalidWorkflowFindings),
  RX: () => (/* reexport */ invalidWorkflowRule),
  md: () => (/* reexport */ loadWorkflowFile),
  Hy: () => (/* reexport */ loadWorkflowPath),
  Ai: () => (/* reexport */ parseDockerfile),
  YK: () => (/* reexport */ parseExpression),
  aV: () => (/* reexport */ parseShell),
  tk: () => (/* reexport */ partialParseNote),
  t$: () => (/* reexport */ positionAt),
  sK: () => (/* reexport */ readCondition),
  mh: () => (/* reexport */ scalarScript),
  aJ: () => (/* reexport */ shellPosition),
  vO: () => (/* reexport */ stepLabel),
  _L: () => (/* reexport */ withScript),
  JA: () => (/* reexport */ writeRedirects)
});

// UNUSED EXPORTS: BooleanData, COMPOSITE_JOB_ID, EXPRESSION_CONTEXTS, MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, NumberData, Star, commandName, isConverterShapeError, kindFromPath, precedingComment, validateWithGitHub

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88009);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(3623);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/workflows/src/scalar-map.ts
/**
 * Builds, for a YAML scalar, the source offset of every character of its value. `source` is the whole
 * file; `start` and `end` are the scalar's range (for a block scalar, from its `|` / `>` header).
 *
 * The value and its source are walked side by side: equal characters map to each other; a line break
 * folded into a space (folded and flow scalars) maps to the break; indentation, the whitespace YAML
 * strips around line breaks and carriage returns are skipped; escapes (`\t`, `\u00e9`, `''`) map to
 * their first source character. The result is exact for every character written literally, and points
 * at the producing escape or break otherwise.
 */
function buildScalarOffsetMap(source, start, end, type, value) {
    const map = new Int32Array(value.length + 1);
    let s = start;
    let lineIndent = 0;
    let block = false;
    let quote;
    if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
        block = true;
        // The body starts on the line after the header (`|`, `>-`, `|2`, and an optional comment).
        const headerEnd = source.indexOf('\n', start);
        s = headerEnd === -1 ? end : headerEnd + 1;
        lineIndent = blockContentIndent(source, s, end, value);
    }
    else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
        quote = type === 'QUOTE_DOUBLE' ? '"' : "'";
        s = start + 1;
        end = Math.max(s, end - 1);
    }
    let atLineStart = false;
    let v = 0;
    while (v < value.length) {
        if (s >= end) {
            map[v++] = Math.max(start, Math.min(s, end) - 1);
            continue;
        }
        if (atLineStart) {
            // Skip the indentation YAML removed: exactly the block indent for block scalars, all leading
            // whitespace for flow scalars (their continuation lines are trimmed).
            let skipped = 0;
            while (s < end && (source[s] === ' ' || (!block && source[s] === '\t')) && (!block || skipped < lineIndent)) {
                s++;
                skipped++;
            }
            atLineStart = false;
            continue;
        }
        const c = source[s];
        const want = value[v];
        if (c === '\r') {
            s++;
            continue;
        }
        if (c === '\n') {
            if (want === '\n' || want === ' ') {
                map[v++] = s;
            }
            s++;
            atLineStart = true;
            continue;
        }
        if (quote === '"' && c === '\\') {
            const next = source[s + 1];
            if (next === '\n' || next === '\r') {
                // An escaped line break joins the lines without a space.
                s += next === '\r' && source[s + 2] === '\n' ? 3 : 2;
                atLineStart = true;
                continue;
            }
            const length = next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
            map[v++] = s;
            // An escape for a character outside the BMP yields two UTF-16 units.
            if (next === 'U' && v < value.length && isLowSurrogate(value.charCodeAt(v)))
                map[v++] = s;
            s += length;
            continue;
        }
        if (quote === "'" && c === "'" && source[s + 1] === "'") {
            map[v++] = s;
            s += 2;
            continue;
        }
        if (c === want) {
            map[v++] = s++;
            continue;
        }
        // Whitespace YAML trimmed before a line break (flow scalars), or anything else unmatched: skip it.
        s++;
    }
    map[value.length] = value.length ? (map[value.length - 1] ?? start) + 1 : s;
    return map;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
/**
 * The content indentation of a block scalar body: the first non-blank source line's leading spaces,
 * less the spaces its value line keeps (an indentation indicator can keep some).
 */
function blockContentIndent(source, bodyStart, end, value) {
    let i = bodyStart;
    let sourceSpaces = 0;
    while (i < end) {
        let j = i;
        while (j < end && source[j] === ' ')
            j++;
        if (j < end && source[j] !== '\n' && source[j] !== '\r') {
            sourceSpaces = j - i;
            break;
        }
        const nl = source.indexOf('\n', j);
        if (nl === -1 || nl >= end)
            return j - i;
        i = nl + 1;
    }
    const firstLine = /^[ \n]*?( *)\S/.exec(value.replace(/^\n+/, ''));
    const kept = firstLine?.[1]?.length ?? 0;
    return Math.max(0, sourceSpaces - kept);
}

;// CONCATENATED MODULE: ./packages/workflows/src/nodes.ts


/** yaml's guard against exponential alias expansion (billion laughs), as used everywhere here. */
const MAX_ALIAS_COUNT = 100;
/** Reads nodes of one parsed document, with positions from its LineCounter. Aliases are followed. */
class NodeReader {
    text;
    document;
    lineCounter;
    constructor(text, document, lineCounter) {
        this.text = text;
        this.document = document;
        this.lineCounter = lineCounter;
    }
    /** 1-based line and column of an offset. */
    at(offset) {
        const { line, col } = this.lineCounter.linePos(offset);
        return { line, column: col };
    }
    position(node) {
        const range = node?.range;
        if (!range)
            return { line: 1, column: 1 };
        const start = this.at(range[0]);
        const end = this.at(range[1]);
        return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
    /** Follows an alias to its anchored node (one level; the document was checked for alias bombs). */
    resolve(node) {
        let current = node;
        for (let i = 0; i < 16 && current && (0,dist/* isAlias */.Vj)(current); i++)
            current = current.resolve(this.document);
        return current ?? undefined;
    }
    map(node) {
        const resolved = this.resolve(node);
        return (0,dist/* isMap */.jh)(resolved) ? resolved : undefined;
    }
    /** Pairs of a mapping whose keys are scalars, in order. */
    pairs(node) {
        const map = this.map(node);
        if (!map)
            return [];
        const out = [];
        for (const pair of map.items) {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode))
                continue;
            out.push({ key: String(keyNode.value), pair, keyNode, value: this.resolve(pair.value) });
        }
        return out;
    }
    get(node, key) {
        for (const entry of this.pairs(node))
            if (entry.key === key)
                return entry;
        return undefined;
    }
    /** A scalar's value as a string ('' for null); undefined for collections. */
    scalarString(node) {
        const resolved = this.resolve(node);
        if (!(0,dist/* isScalar */.jn)(resolved))
            return undefined;
        const value = resolved.value;
        if (value === null || value === undefined)
            return '';
        return String(value);
    }
    /** `key: value` → the value located; a null value is located at the key. */
    located(entry) {
        if (!entry)
            return undefined;
        const value = this.scalarString(entry.value);
        if (value === undefined)
            return undefined;
        const position = entry.value && (0,dist/* isScalar */.jn)(entry.value) && entry.value.range && entry.value.value !== null
            ? this.position(entry.value)
            : this.position(entry.keyNode);
        return { value, ...position };
    }
    locatedKey(entry, key) {
        return { value: key, ...this.position(entry.keyNode) };
    }
    /** Scalars of a sequence, or a single scalar, as strings. */
    stringList(node) {
        const resolved = this.resolve(node);
        if ((0,dist/* isSeq */.oP)(resolved)) {
            const out = [];
            for (const item of resolved.items) {
                const value = this.scalarString(item);
                if (value !== undefined)
                    out.push(value);
            }
            return out;
        }
        const value = this.scalarString(resolved);
        return value === undefined || value === '' ? [] : [value];
    }
    /** A mapping of scalars as a Map of located strings (with:, secrets:, ...). */
    locatedMap(node) {
        const out = new Map();
        for (const entry of this.pairs(node)) {
            const located = this.located(entry);
            if (located)
                out.set(entry.key, located);
            else
                out.set(entry.key, { value: '', ...this.position(entry.keyNode) });
        }
        return out;
    }
    keyValues(node) {
        const out = [];
        for (const entry of this.pairs(node)) {
            const value = this.located(entry) ?? { value: '', ...this.position(entry.keyNode) };
            out.push({ name: entry.key, key: this.position(entry.keyNode), value });
        }
        return out;
    }
    /** Plain data for a node (aliases resolved), for matrices and trigger filters. */
    toData(node) {
        const resolved = this.resolve(node);
        if (!resolved)
            return null;
        return resolved.toJS(this.document, { maxAliasCount: MAX_ALIAS_COUNT });
    }
    runScript(node) {
        const resolved = this.resolve(node);
        if (!(0,dist/* isScalar */.jn)(resolved))
            return undefined;
        const text = resolved.value === null || resolved.value === undefined ? '' : String(resolved.value);
        const range = resolved.range ?? [0, 0, 0];
        const position = this.position(resolved);
        const source = this.text;
        const type = resolved.type;
        let map;
        return {
            text,
            position,
            // Built on first use: most scripts never need a position.
            offsetToPosition: (offset) => {
                map ??= buildScalarOffsetMap(source, range[0], range[1], type, text);
                const clamped = Math.max(0, Math.min(offset, text.length));
                return this.at(map[clamped] ?? range[0]);
            },
        };
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+expressions@0.3.61/node_modules/@actions/expressions/dist/features.js
var features = __webpack_require__(74902);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/index.js + 4 modules
var workflow_parser_dist = __webpack_require__(36479);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/model/converter/concurrency.js
var concurrency = __webpack_require__(4879);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/model/converter/events.js + 6 modules
var events = __webpack_require__(1604);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/model/converter/handle-errors.js
var handle_errors = __webpack_require__(83446);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/model/converter/jobs.js + 8 modules
var jobs = __webpack_require__(78692);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/actions/action-parser.js
var action_parser = __webpack_require__(17547);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/actions/action-constants.js
var action_constants = __webpack_require__(40675);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/actions/action-schema.js + 1 modules
var action_schema = __webpack_require__(34282);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(84504);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/templates/template-reader.js + 1 modules
var template_reader = __webpack_require__(62752);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/templates/tokens/template-token.js + 1 modules
var template_token = __webpack_require__(24686);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var workflow_constants = __webpack_require__(27075);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 1 modules
var workflow_schema = __webpack_require__(91544);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __webpack_require__(22425);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/templates/parse-event.js
var parse_event = __webpack_require__(28743);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+workflow-parser@0.3.61/node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __webpack_require__(26393);
;// CONCATENATED MODULE: ./packages/workflows/src/validate.ts
// GitHub's own parser (the one behind the Actions language service) validates workflows and action.yml
// files against the official schema: what it rejects, GitHub rejects, with the same message.



















/**
 * GitHub's template reader pulls parse events one at a time from an ObjectReader. Its own YAML reader
 * yields them from nested generators, so each event climbs through every level above it; this one
 * walks the Document we already parsed once, into flat arrays, with the same events and the same
 * tokens (`YamlObjectReader.getNodes`, rewritten as a plain recursion), then hands them out by index.
 */
class FlatYamlReader {
    fileId;
    parsed;
    types = [];
    tokens = [];
    index = 0;
    constructor(fileId, parsed) {
        this.fileId = fileId;
        this.parsed = parsed;
        this.push(parse_event/* EventType */.B.DocumentStart, undefined);
        this.walk(parsed.document.contents, new Set());
        this.push(parse_event/* EventType */.B.DocumentEnd, undefined);
    }
    push(type, token) {
        this.types.push(type);
        this.tokens.push(token);
    }
    walk(node, aliasStack) {
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            const range = this.range(node);
            const seq = (0,dist/* isSeq */.oP)(node);
            this.push(seq ? parse_event/* EventType */.B.SequenceStart : parse_event/* EventType */.B.MappingStart, seq ? new tokens/* SequenceToken */.vd(this.fileId, range, undefined) : new tokens/* MappingToken */.eJ(this.fileId, range, undefined));
            for (const item of node.items)
                this.walk(item, aliasStack);
            this.push(seq ? parse_event/* EventType */.B.SequenceEnd : parse_event/* EventType */.B.MappingEnd, undefined);
        }
        else if ((0,dist/* isScalar */.jn)(node)) {
            this.push(parse_event/* EventType */.B.Literal, literalToken(this.fileId, this.range(node), node));
        }
        else if ((0,dist/* isAlias */.Vj)(node)) {
            const resolved = node.resolve(this.parsed.document);
            // A circular alias yields nothing, as in GitHub's reader.
            if (resolved && !aliasStack.has(resolved))
                this.walk(resolved, new Set(aliasStack).add(resolved));
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            const key = node.key;
            this.push(parse_event/* EventType */.B.Literal, new tokens/* StringToken */.Hj(this.fileId, this.range(key), key.value, undefined));
            this.walk(node.value, aliasStack);
        }
    }
    range(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const start = this.parsed.lineCounter.linePos(range[0]);
        const end = this.parsed.lineCounter.linePos(range[1]);
        return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
    }
    take(type) {
        if (this.types[this.index] !== type)
            return false;
        this.index++;
        return true;
    }
    allowLiteral() {
        const token = this.tokens[this.index];
        return this.take(parse_event/* EventType */.B.Literal) ? token : undefined;
    }
    allowSequenceStart() {
        const token = this.tokens[this.index];
        return this.take(parse_event/* EventType */.B.SequenceStart) ? token : undefined;
    }
    allowSequenceEnd() {
        return this.take(parse_event/* EventType */.B.SequenceEnd);
    }
    allowMappingStart() {
        const token = this.tokens[this.index];
        return this.take(parse_event/* EventType */.B.MappingStart) ? token : undefined;
    }
    allowMappingEnd() {
        return this.take(parse_event/* EventType */.B.MappingEnd);
    }
    validateStart() {
        if (!this.take(parse_event/* EventType */.B.DocumentStart))
            throw new Error('Expected start of reader');
    }
    validateEnd() {
        if (!this.take(parse_event/* EventType */.B.DocumentEnd))
            throw new Error('Expected end of reader');
    }
}
/**
 * GitHub's YAML reader over a Document we already parsed, lazily (its generator), for the documents
 * the flat reader cannot walk: a walk that throws (a pair whose key is not a scalar, ...) must fail
 * at the same event as GitHub's would. Its constructor parses the text; everything else reads only
 * the fields set here. Undefined when the parser's internals differ from what this relies on.
 */
function lazyReaderFor(fileId, parsed) {
    const proto = yaml_object_reader/* YamlObjectReader */.M.prototype;
    if (typeof proto.getNodes !== 'function')
        return undefined;
    const reader = Object.create(yaml_object_reader/* YamlObjectReader */.M.prototype);
    Object.assign(reader, { lineCounter: parsed.lineCounter, errors: [], doc: parsed.document, fileId });
    reader._generator = reader.getNodes.call(reader, parsed.document, new Set());
    return reader;
}
/** GitHub's own scalar-to-token conversion (private in its types, a static method in its code). */
const literalToken = yaml_object_reader/* YamlObjectReader */.M.getLiteralToken.bind(yaml_object_reader/* YamlObjectReader */.M);
function readerFor(fileId, parsed) {
    try {
        return new FlatYamlReader(fileId, parsed);
    }
    catch {
        return lazyReaderFor(fileId, parsed);
    }
}
function readParsed(kind, file, parsed, trace) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), kind === 'action' ? (0,action_schema/* getActionSchema */.E)() : (0,workflow_schema/* getWorkflowSchema */.L)(), trace);
    const fileId = context.getFileId(file);
    const reader = readerFor(fileId, parsed);
    if (!reader)
        return undefined;
    return { context, value: (0,template_reader/* readTemplate */.x)(context, kind === 'action' ? action_constants/* ACTION_ROOT */.Y : workflow_constants/* WORKFLOW_ROOT */.D, reader, fileId) };
}
const FEATURE_FLAGS = new features/* FeatureFlags */.g();
/**
 * An error of GitHub's model converter, not of its schema: the converter reads some values the schema
 * lets be an expression (a step's or job's `env: ${{ matrix.env }}`, `services: ${{ ... }}`) as if
 * they had to be a mapping or sequence. GitHub runs such files (npm/cli's node-integration.yml), so
 * once the schema has accepted the file these are not errors.
 */
const CONVERTER_SHAPE_ERROR = /^Unexpected type 'BasicExpressionToken' encountered while reading '[^']*'\. The type '(MappingToken|SequenceToken)' was expected\.$/;
/** True for a converter error on an expression the schema accepted (see CONVERTER_SHAPE_ERROR). */
function isConverterShapeError(message) {
    return CONVERTER_SHAPE_ERROR.test(message);
}
const rangeKey = (range) => range ? `${range.start.line}:${range.start.column}:${range.end.line}:${range.end.column}` : '';
/**
 * The token tree with each expression named in `shapes` (by range) replaced by an empty mapping or
 * sequence, as the converter expected: what the expression yields is only known at run time.
 */
function withShapes(token, shapes) {
    if (token instanceof tokens/* MappingToken */.eJ) {
        const copy = new tokens/* MappingToken */.eJ(token.file, token.range, token.definitionInfo);
        for (const pair of token)
            copy.add(pair.key, withShapes(pair.value, shapes));
        return copy;
    }
    if (token instanceof tokens/* SequenceToken */.vd) {
        const copy = new tokens/* SequenceToken */.vd(token.file, token.range, token.definitionInfo);
        for (const item of token)
            copy.add(withShapes(item, shapes));
        return copy;
    }
    const shape = token instanceof tokens/* BasicExpressionToken */.yu ? shapes.get(rangeKey(token.range)) : undefined;
    if (shape === 'MappingToken')
        return new tokens/* MappingToken */.eJ(token.file, token.range, token.definitionInfo);
    if (shape === 'SequenceToken')
        return new tokens/* SequenceToken */.vd(token.file, token.range, token.definitionInfo);
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
function convertChecks(context, root) {
    context.state.featureFlags = FEATURE_FLAGS;
    const shapes = new Map();
    let tree = root;
    // Each pass replaces at least one more expression, so the number of passes is bounded by the file.
    for (;;) {
        convertOnce(context, tree);
        const found = context.errors
            .getErrors()
            .map((error) => [error, CONVERTER_SHAPE_ERROR.exec(error.rawMessage)?.[1]])
            .filter(([error, shape]) => shape && !shapes.has(rangeKey(error.range)));
        if (!found.length)
            break;
        for (const [error, shape] of found)
            shapes.set(rangeKey(error.range), shape);
        context.errors.clear();
        tree = withShapes(root, shapes);
    }
}
function convertOnce(context, root) {
    try {
        for (const item of root.assertMapping('root')) {
            const key = item.key.assertString('root key');
            if (key.value === 'on')
                (0,handle_errors/* handleTemplateTokenErrors */.r)(root, context, {}, () => (0,events/* convertOn */.j)(context, item.value));
            else if (key.value === 'jobs')
                (0,handle_errors/* handleTemplateTokenErrors */.r)(root, context, [], () => (0,jobs/* convertJobs */.S)(context, item.value));
            else if (key.value === 'concurrency')
                (0,handle_errors/* handleTemplateTokenErrors */.r)(root, context, {}, () => (0,concurrency/* convertConcurrency */.b)(context, item.value));
        }
    }
    catch (error) {
        if (error instanceof template_token/* TemplateTokenError */.o)
            context.error(error.token, error);
        else
            context.error(root, error);
    }
}
/** GitHub's schema errors for a file that is valid YAML (the caller has already checked that). */
function validateWithGitHub(file, text, kind, parsed) {
    const trace = new workflow_parser_dist/* NoOperationTraceWriter */.P0();
    let context;
    // Errors before this index are the schema's; after it, the converter's.
    let schemaErrors = 0;
    try {
        const result = (parsed && readParsed(kind, file, parsed, trace)) ??
            (kind === 'action'
                ? (0,action_parser/* parseAction */.w)({ name: file, content: text }, trace)
                : (0,workflow_parser_dist/* parseWorkflow */.hM)({ name: file, content: text }, trace));
        context = result.context;
        schemaErrors = context.errors.count;
        if (kind === 'workflow' && result.value && context.errors.count === 0) {
            convertChecks(context, result.value);
        }
    }
    catch (error) {
        return [{ message: `GitHub's workflow parser failed: ${(0,src_errors/* errorMessage */.gJ)(error)}`, line: 1, column: 1 }];
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

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+expressions@0.3.61/node_modules/@actions/expressions/dist/index.js + 18 modules
var expressions_dist = __webpack_require__(77378);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+expressions@0.3.61/node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(22737);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+expressions@0.3.61/node_modules/@actions/expressions/dist/data/index.js
var data = __webpack_require__(21926);
;// CONCATENATED MODULE: ./packages/workflows/src/expressions.ts
// `${{ }}` expressions, read with GitHub's own expression lexer and parser (@actions/expressions), so
// what counts as a context access here is what the runner evaluates.



/** Every named context a workflow or action expression may use. */
const EXPRESSION_CONTEXTS = [
    'github',
    'env',
    'vars',
    'secrets',
    'inputs',
    'steps',
    'job',
    'jobs',
    'needs',
    'strategy',
    'matrix',
    'runner',
];
/** Functions the runner adds to the built-in ones (status checks and hashFiles). */
const EXTENSION_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 0 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];
/**
 * Finds each `${{ ... }}` in a string. A `}}` inside a quoted string literal does not close the
 * expression. An unclosed `${{` is ignored (GitHub rejects it). With `toPosition` (e.g.
 * `RunScript.offsetToPosition`), each result also carries its file position.
 */
function findExpressions(text, toPosition) {
    const found = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('${{', from);
        if (start === -1)
            break;
        let i = start + 3;
        let inString = false;
        let close = -1;
        while (i < text.length) {
            const c = text[i];
            if (inString) {
                if (c === "'") {
                    if (text[i + 1] === "'")
                        i++;
                    else
                        inString = false;
                }
            }
            else if (c === "'") {
                inString = true;
            }
            else if (c === '}' && text[i + 1] === '}') {
                close = i;
                break;
            }
            i++;
        }
        if (close === -1)
            break;
        const end = close + 2;
        const result = { expression: text.slice(start + 3, close).trim(), start, end };
        if (toPosition) {
            const begin = toPosition(start);
            const last = toPosition(end - 1);
            result.line = begin.line;
            result.column = begin.column;
            result.endLine = last.line;
            result.endColumn = last.column + 1;
        }
        found.push(result);
        from = end;
    }
    return found;
}
/** Parses an expression (the text inside `${{ }}`); throws the parser's error on invalid syntax. */
function parseExpression(expression) {
    const lexer = new expressions_dist/* Lexer */.JG(expression);
    const tokens = lexer.lex().tokens;
    return new expressions_dist/* Parser */.iX(tokens, [...EXPRESSION_CONTEXTS], EXTENSION_FUNCTIONS).parse();
}
/**
 * The context paths an expression reads, e.g. `github.event.pull_request.title`, `inputs.name`,
 * `steps.build.outputs.version`, in order of appearance, without duplicates. A literal index becomes
 * a path segment (`github.event['issue']` → `github.event.issue`); a numeric, `*` or computed index
 * becomes `*` (`github.event.commits[0].message` → `github.event.commits.*.message`). An expression
 * that does not parse reads nothing (GitHub rejects the workflow).
 */
function expressionContexts(expression) {
    let ast;
    try {
        ast = parseExpression(expression);
    }
    catch {
        return [];
    }
    if (!ast)
        return [];
    const paths = [];
    collectPaths(ast, paths);
    return [...new Set(paths)];
}
/** A context access chain as its path, or undefined when the chain is not rooted in a context. */
function accessPath(expr, nested) {
    if (expr instanceof ast/* ContextAccess */.QC)
        return expr.name.lexeme.toLowerCase();
    if (expr instanceof ast/* IndexAccess */.p_) {
        const base = accessPath(expr.expr, nested);
        if (base === undefined)
            return undefined;
        const index = expr.index;
        if (index instanceof ast/* Literal */.uS && index.literal instanceof data/* StringData */.uQ)
            return `${base}.${index.literal.value}`;
        if (index instanceof ast/* Star */.FE || (index instanceof ast/* Literal */.uS && index.literal instanceof data/* NumberData */.Q9))
            return `${base}.*`;
        collectPaths(index, nested);
        return `${base}.*`;
    }
    return undefined;
}
function collectPaths(expr, out) {
    if (expr instanceof ast/* ContextAccess */.QC || expr instanceof ast/* IndexAccess */.p_) {
        const nested = [];
        const path = accessPath(expr, nested);
        if (path !== undefined) {
            out.push(path);
            out.push(...nested);
            return;
        }
        // An index on something that is not a context (e.g. `fromJSON(x).y`): look inside.
        if (expr instanceof ast/* IndexAccess */.p_) {
            collectPaths(expr.expr, out);
            collectPaths(expr.index, out);
        }
        return;
    }
    expr.accept(new ChildVisitor(out));
}
/** Visits the children of non-access nodes. */
class ChildVisitor {
    out;
    constructor(out) {
        this.out = out;
    }
    visitLiteral() { }
    visitUnary(unary) {
        collectPaths(unary.expr, this.out);
    }
    visitBinary(binary) {
        collectPaths(binary.left, this.out);
        collectPaths(binary.right, this.out);
    }
    visitLogical(logical) {
        for (const arg of logical.args)
            collectPaths(arg, this.out);
    }
    visitGrouping(grouping) {
        collectPaths(grouping.group, this.out);
    }
    visitContextAccess() { }
    visitIndexAccess() { }
    visitFunctionCall(call) {
        for (const arg of call.args)
            collectPaths(arg, this.out);
    }
}
/** Functions whose result is a boolean or a hash: no text of their arguments reaches the result. */
const NON_TEXT_FUNCTIONS = new Set([
    'contains',
    'startswith',
    'endswith',
    'hashfiles',
    'success',
    'always',
    'failure',
    'cancelled',
]);
/**
 * The context paths whose text can reach the expression's value: what `${{ }}` pastes into a script.
 * Comparisons, `!`, and `contains` / `startsWith` / `endsWith` yield booleans, so the contexts they
 * read do not reach the value; `&&` and `||` yield one of their operands; `format`, `join`, `toJSON`
 * and other functions carry their arguments' text. `contains(github.event.issue.title, 'x')` → [];
 * `github.head_ref || 'main'` → ['github.head_ref'].
 */
function expressionValueContexts(expression) {
    let ast;
    try {
        ast = parseExpression(expression);
    }
    catch {
        return [];
    }
    if (!ast)
        return [];
    const out = [];
    collectValuePaths(ast, out);
    return [...new Set(out)];
}
function collectValuePaths(expr, out) {
    if (expr instanceof ast/* ContextAccess */.QC || expr instanceof ast/* IndexAccess */.p_) {
        const path = accessPath(expr, []);
        if (path !== undefined)
            out.push(path);
        else if (expr instanceof ast/* IndexAccess */.p_)
            collectValuePaths(expr.expr, out);
        return;
    }
    if (expr instanceof ast/* Logical */.oD) {
        for (const arg of expr.args)
            collectValuePaths(arg, out);
        return;
    }
    if (expr instanceof ast/* Grouping */.aU) {
        collectValuePaths(expr.group, out);
        return;
    }
    if (expr instanceof ast/* FunctionCall */.R6) {
        if (NON_TEXT_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()))
            return;
        for (const arg of expr.args)
            collectValuePaths(arg, out);
        return;
    }
    // Literals, comparisons (Binary) and negation (Unary) carry no context text into the value.
    if (expr instanceof ast/* Binary */.yI || expr instanceof ast/* Unary */._c || expr instanceof ast/* Literal */.uS)
        return;
}
/**
 * A context access written as a path (`github.actor`, `github['ACTOR']` → `github.ACTOR`, `secrets[x]`
 * → `secrets.*`), or undefined when the node is not a context access. The root is lower-cased (context
 * names are case-insensitive); property names keep the case they are written in.
 */
function contextPath(expr) {
    if (!(expr instanceof ast/* ContextAccess */.QC || expr instanceof ast/* IndexAccess */.p_))
        return undefined;
    return accessPath(expr, []);
}
/**
 * Where a node of a parsed expression is written in the expression's text: offsets `[start, end)`,
 * from its tokens (the parser keeps no spans), a call's or an index's closing bracket included.
 */
function expressionRange(expression, node) {
    const lineStarts = [0];
    for (let i = expression.indexOf('\n'); i !== -1; i = expression.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const offset = (pos) => (lineStarts[pos.line] ?? 0) + pos.column;
    const tokenRange = (token) => [offset(token.range.start), offset(token.range.end)];
    const skipSpace = (at) => {
        while (at < expression.length && /\s/.test(expression[at]))
            at++;
        return at;
    };
    // The closing bracket after `at` (whitespace between allowed), else `at` itself.
    const close = (at, bracket) => {
        const next = skipSpace(at);
        return expression[next] === bracket ? next + 1 : at;
    };
    const span = (n) => {
        if (n instanceof ast/* Literal */.uS)
            return tokenRange(n.token);
        if (n instanceof ast/* ContextAccess */.QC)
            return tokenRange(n.name);
        if (n instanceof ast/* Unary */._c)
            return [tokenRange(n.operator)[0], span(n.expr)[1]];
        if (n instanceof ast/* Binary */.yI)
            return [span(n.left)[0], span(n.right)[1]];
        if (n instanceof ast/* Logical */.oD)
            return [span(n.args[0])[0], span(n.args[n.args.length - 1])[1]];
        if (n instanceof ast/* Grouping */.aU) {
            const [start, end] = span(n.group);
            let open = start - 1;
            while (open >= 0 && /\s/.test(expression[open]))
                open--;
            return [expression[open] === '(' ? open : start, close(end, ')')];
        }
        if (n instanceof ast/* FunctionCall */.R6) {
            const [start, nameEnd] = tokenRange(n.functionName);
            const last = n.args.length ? span(n.args[n.args.length - 1])[1] : close(nameEnd, '(');
            return [start, close(last, ')')];
        }
        if (n instanceof ast/* IndexAccess */.p_) {
            const [start, baseEnd] = span(n.expr);
            const indexEnd = n.index instanceof ast/* Star */.FE ? expression.indexOf('*', baseEnd) + 1 : span(n.index)[1];
            return [start, close(Math.max(indexEnd, baseEnd), ']')];
        }
        return [0, expression.length];
    };
    const [start, end] = span(node);
    return { start: Math.max(0, start), end: Math.min(expression.length, end) };
}
function readCondition(value) {
    const found = findExpressions(value);
    if (!found.length)
        return { kind: 'bare', expression: value, offset: 0, found };
    const first = found[0];
    const inner = value.slice(first.start + 3, first.end - 2);
    const kind = found.length === 1 && first.start === 0 && first.end === value.length ? 'fenced' : 'embedded';
    return { kind, expression: inner, offset: first.start + 3, found };
}
// The expression tree, for audits that read an expression's structure (conditions, secrets access).


/**
 * The value of an expression that reads no context and calls no status function, as the text
 * `${{ }}` would paste (`format('{0}', 'a')` → `a`, `1 != 2` → `true`); undefined when it cannot be
 * evaluated without a run (it reads a context, calls `hashFiles`, `fromJSON` of text that is not JSON).
 */
function constantText(expr) {
    const contexts = [];
    collectPaths(expr, contexts);
    if (contexts.length)
        return undefined;
    try {
        return new expressions_dist/* Evaluator */.oi(expr, new expressions_dist/* data.Dictionary */.p.bT()).evaluate().coerceString();
    }
    catch {
        return undefined;
    }
}
/** Every node of an expression tree, parents before children (arguments, operands and indexes in order). */
function expressionNodes(expr) {
    const out = [];
    const walk = (node) => {
        out.push(node);
        if (node instanceof ast/* Unary */._c)
            walk(node.expr);
        else if (node instanceof ast/* Binary */.yI) {
            walk(node.left);
            walk(node.right);
        }
        else if (node instanceof ast/* Logical */.oD)
            node.args.forEach(walk);
        else if (node instanceof ast/* Grouping */.aU)
            walk(node.group);
        else if (node instanceof ast/* FunctionCall */.R6)
            node.args.forEach(walk);
        else if (node instanceof ast/* IndexAccess */.p_) {
            walk(node.expr);
            walk(node.index);
        }
    };
    walk(expr);
    return out;
}

;// CONCATENATED MODULE: ./packages/workflows/src/load.ts





// Each Document carries its reader in a symbol-keyed property, not in a module-level WeakMap: a
// WeakMap entry whose value (the reader) holds its key (the document) kept every file's model alive
// through V8's young-generation collections (seen in a heap profile of promoted objects), so each was
// copied into the old generation as garbage: a third of a 10,000-file run's collection time.
const READER = Symbol('paved-road.reader');
function load_readerFor(wf) {
    const holder = wf.document;
    let reader = holder[READER];
    if (!reader) {
        const lineCounter = new dist/* LineCounter */.HN();
        lineCounter.addNewLine(0);
        for (let nl = wf.text.indexOf('\n'); nl !== -1; nl = wf.text.indexOf('\n', nl + 1))
            lineCounter.addNewLine(nl + 1);
        reader = new NodeReader(wf.text, wf.document, lineCounter);
        holder[READER] = reader;
    }
    return reader;
}
/** 1-based line and column of an offset in the file's text. */
function positionAt(wf, offset) {
    return load_readerFor(wf).at(offset);
}
/**
 * A scalar of the file's Document as a script, with offsets mapped to the file: for code-executing
 * inputs such as `actions/github-script`'s `script`. Undefined for collections.
 */
function scalarScript(wf, node) {
    return load_readerFor(wf).runScript(node);
}
/** A step's `with.<name>` as a script (see scalarScript). */
function withScript(wf, step, name) {
    const reader = load_readerFor(wf);
    const value = reader.get(reader.get(step.node, 'with')?.value, name)?.value;
    return value ? reader.runScript(value) : undefined;
}
/**
 * Every `${{ }}` written in a value of the file (keys and comments are not values), in document
 * order, with file positions. An anchored value is read once, where it is written.
 */
function documentExpressions(wf) {
    // Several audits read them: found once per document, kept on it as the reader is (see READER).
    const holder = wf.document;
    return (holder[EXPRESSIONS] ??= findDocumentExpressions(wf));
}
const EXPRESSIONS = Symbol('paved-road.expressions');
function findDocumentExpressions(wf) {
    const reader = load_readerFor(wf);
    const owners = new Map();
    for (const job of wf.jobs) {
        owners.set(job.node, { job });
        for (const step of job.steps)
            owners.set(step.node, { job, step });
    }
    const out = [];
    (0,dist/* visit */.YR)(wf.document, {
        Scalar(key, node, path) {
            if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('${{'))
                return;
            const script = reader.runScript(node);
            if (!script)
                return;
            let owner;
            for (let i = path.length - 1; i >= 0 && !owner; i--)
                owner = owners.get(path[i]);
            for (const found of findExpressions(script.text, script.offsetToPosition)) {
                // `expression` is trimmed: offsets in it start after the spaces that follow `${{`.
                let base = found.start + 3;
                while (base < found.end && /\s/.test(script.text[base]))
                    base++;
                out.push({
                    ...found,
                    line: found.line,
                    column: found.column,
                    toPosition: (offset) => script.offsetToPosition(base + offset),
                    ...(owner?.job ? { job: owner.job } : {}),
                    ...(owner?.step ? { step: owner.step } : {}),
                });
            }
        },
    });
    return out;
}
/** How findings name a step: its id, else its name, else `#<1-based index>`. */
function stepLabel(step) {
    return step.id ?? step.name ?? `#${step.index + 1}`;
}
/** Deeper than this, a file is refused: real workflows nest about ten levels; this bounds recursion. */
const MAX_NESTING_DEPTH = 100;
/**
 * The kind a path names: `.github/workflows/*.y(a)ml` is a workflow, `action.y(a)ml` anywhere an
 * action, anything else undecided (decided from the content).
 */
function kindFromPath(file) {
    const path = file.replace(/\\/g, '/');
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return 'workflow';
    if (/(^|\/)action\.ya?ml$/i.test(path))
        return 'action';
    return undefined;
}
/**
 * Parses a workflow or action.yml. Never throws for bad content: broken YAML, alias bombs, excessive
 * nesting and files GitHub would reject come back as `errors` (with whatever model could be read).
 */
function loadWorkflowFile(file, text, options = {}) {
    const lineEnding = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1 || undefined)) ? '\r\n' : '\n';
    const lineCounter = new dist/* LineCounter */.HN();
    let document;
    const errors = [];
    // Nesting the YAML parser could not take, or a document too costly to expand: no model is read.
    let unreadable = false;
    try {
        document = (0,dist/* parseDocument */.Tp)(text, {
            lineCounter,
            keepSourceTokens: true,
            // yaml's own duplicate-key check is quadratic in the size of a mapping; checkResourceLimits does it in linear time.
            uniqueKeys: false,
            prettyErrors: false,
            // Aliases stay unexpanded in the Document; checkResourceLimits bounds their expansion.
        });
    }
    catch (error) {
        // The parser recursing past the stack (pathological nesting) or any other failure: one clean error.
        return emptyFile(file, text, lineEnding, [{ message: `The YAML could not be parsed: ${describeThrown(error)}`, line: 1, column: 1 }], options.kind ?? kindFromPath(file) ?? 'workflow');
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
    document[READER] = reader;
    const root = reader.map(document.contents);
    const kind = options.kind ??
        kindFromPath(file) ??
        (root && reader.get(root, 'runs') && !reader.get(root, 'jobs') ? 'action' : 'workflow');
    const wf = { file, kind, text, lineEnding, document, errors, triggers: [], env: [], jobs: [] };
    if (unreadable)
        return wf;
    if (!root) {
        // Not a workflow at all (a key, a script, prose): not given to GitHub's parser, whose error
        // ("Unexpected value '...'") would quote the whole text.
        if (!yamlErrors)
            errors.push({ message: `The ${kind} is not a mapping.`, line: 1, column: 1 });
        return wf;
    }
    if (!yamlErrors && options.validate !== false) {
        try {
            errors.push(...prototypeKeyErrors(validateWithGitHub(file, text, kind, { document, lineCounter }), document, lineCounter));
        }
        catch (error) {
            errors.push({ message: `GitHub's workflow parser failed: ${describeThrown(error)}`, line: 1, column: 1 });
        }
    }
    try {
        if (kind === 'action')
            readAction(reader, root, wf);
        else
            readWorkflow(reader, root, wf);
    }
    catch (error) {
        errors.push({ message: `The ${kind} could not be read: ${describeThrown(error)}`, line: 1, column: 1 });
    }
    return wf;
}
/**
 * Reads and loads a file from disk. Unreadable, oversized, binary or non-UTF-8 files come back as a
 * model with one file-level error (so the other files are still audited), never as an exception.
 */
function loadWorkflowPath(path, displayName = path, options = {}) {
    let text;
    try {
        text = (0,files/* readTextFile */.Gu)(path, {
            displayName,
            kind: 'workflow',
            ...(options.workspace !== undefined ? { workspace: options.workspace } : {}),
        });
    }
    catch (error) {
        if (!(0,src_errors/* isConfigurationError */.p0)(error))
            throw error;
        const lineCounter = new dist/* LineCounter */.HN();
        const document = (0,dist/* parseDocument */.Tp)('', { lineCounter });
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
function yamlErrorMessage(message) {
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
function prototypeKeyErrors(errors, document, lineCounter) {
    if (!errors.some((error) => PARSER_CRASH.test(error.message)))
        return errors;
    let found;
    (0,dist/* visit */.YR)(document, {
        Pair(_key, pair) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key === 'string' && key in Object.prototype) {
                found = { key, offset: pair.key.range?.[0] ?? 0 };
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    if (!found)
        return errors;
    const { line, col } = lineCounter.linePos(found.offset);
    const message = `Unexpected value '${found.key}'`;
    return errors.map((error) => (PARSER_CRASH.test(error.message) ? { message, line, column: col } : error));
}
function describeThrown(error) {
    if (error instanceof RangeError)
        return 'the document is nested too deeply';
    return (0,src_errors/* errorMessage */.gJ)(error);
}
function emptyFile(file, text, lineEnding, errors, kind) {
    return {
        file,
        kind,
        text,
        lineEnding,
        document: (0,dist/* parseDocument */.Tp)('', { lineCounter: new dist/* LineCounter */.HN() }),
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
function visitNodes(document, visit) {
    const stack = [[document.contents, 1]];
    while (stack.length) {
        const [node, depth] = stack.pop();
        if (!node || typeof node !== 'object')
            continue;
        const found = visit(node, depth);
        if (found !== undefined)
            return found;
        if ((0,dist/* isCollection */.P3)(node))
            for (const item of node.items)
                stack.push([item, (0,dist/* isPair */.tO)(item) ? depth : depth + 1]);
        else if ((0,dist/* isPair */.tO)(node))
            stack.push([node.key, depth + 1], [node.value, depth + 1]);
    }
    return undefined;
}
function positionOf(node, lineCounter) {
    const range = node?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    return { line: pos.line, column: pos.col };
}
/** A node past MAX_NESTING_DEPTH, as an error at its start. */
function tooDeep(node, depth, lineCounter) {
    if (depth <= MAX_NESTING_DEPTH)
        return undefined;
    return {
        message: `The document nests deeper than ${MAX_NESTING_DEPTH} levels.`,
        ...positionOf(node, lineCounter),
    };
}
/** A key a mapping has twice, as an error at its second occurrence. */
function duplicateKey(map, lineCounter) {
    const keys = new Set();
    for (const item of map.items) {
        if (!(0,dist/* isScalar */.jn)(item.key))
            continue;
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
function checkResourceLimits(document, lineCounter) {
    // Depth and duplicate keys in one pass.
    let aliases = false;
    const found = visitNodes(document, (node, depth) => {
        if ((0,dist/* isAlias */.Vj)(node))
            aliases = true;
        return tooDeep(node, depth, lineCounter) ?? ((0,dist/* isMap */.jh)(node) ? duplicateKey(node, lineCounter) : undefined);
    });
    if (found)
        return found;
    // Alias expansion: yaml's own billion-laughs guard (only documents with aliases can explode).
    if (!aliases)
        return undefined;
    try {
        document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        return { message: `The document could not be expanded: ${describeThrown(error)}`, line: 1, column: 1 };
    }
    return undefined;
}
const SCOPE_LEVELS = new Set(['read', 'write', 'none']);
function readPermissions(reader, keyNode, value) {
    const position = reader.position(keyNode);
    const valuePosition = value?.range ? reader.position(value) : position;
    if ((0,dist/* isScalar */.jn)(value) || value === undefined) {
        const text = reader.scalarString(value) ?? '';
        if (text === 'read-all' || text === 'write-all')
            return { position, valuePosition, kind: text, scopes: new Map() };
        if (text === '')
            return { position, valuePosition, kind: 'empty', scopes: new Map() };
        return undefined;
    }
    if (!(0,dist/* isMap */.jh)(value))
        return undefined;
    const scopes = new Map();
    for (const entry of reader.pairs(value)) {
        const level = reader.scalarString(entry.value) ?? '';
        if (!SCOPE_LEVELS.has(level))
            continue;
        const comment = trailingComment(entry.value) ?? precedingComment(reader.text, entry.keyNode.range?.[0] ?? 0);
        scopes.set(entry.key, {
            level: level,
            position: reader.position(entry.keyNode),
            valuePosition: entry.value?.range ? reader.position(entry.value) : reader.position(entry.keyNode),
            ...(comment ? { comment } : {}),
        });
    }
    return { position, valuePosition, kind: value.items.length ? 'map' : 'empty', scopes, node: value };
}
function trailingComment(node) {
    const comment = (0,dist/* isScalar */.jn)(node) ? node.comment : undefined;
    const text = comment?.trim();
    return text ? text : undefined;
}
/** The comment-only lines right above an offset's line, joined; undefined when there are none. */
function precedingComment(text, offset) {
    let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lines = [];
    while (lineStart > 0) {
        const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        const line = text
            .slice(prevStart, lineStart - 1)
            .replace(/\r$/, '')
            .trim();
        if (!line.startsWith('#'))
            break;
        lines.unshift(line.replace(/^#+\s?/, '').trim());
        lineStart = prevStart;
    }
    const joined = lines.filter(Boolean).join(' ');
    return joined || undefined;
}
function readInputs(reader, node) {
    const inputs = [];
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
function readTriggers(reader, value) {
    const triggers = [];
    if ((0,dist/* isScalar */.jn)(value)) {
        const name = reader.scalarString(value);
        if (name)
            triggers.push({ name, position: reader.position(value), inputs: [] });
    }
    else if ((0,dist/* isSeq */.oP)(value)) {
        for (const item of value.items) {
            const resolved = reader.resolve(item);
            const name = reader.scalarString(resolved);
            if (name)
                triggers.push({ name, position: reader.position(resolved), inputs: [] });
        }
    }
    else if ((0,dist/* isMap */.jh)(value)) {
        for (const entry of reader.pairs(value)) {
            const trigger = { name: entry.key, position: reader.position(entry.keyNode), inputs: [] };
            if ((0,dist/* isMap */.jh)(entry.value)) {
                const types = reader.get(entry.value, 'types');
                if (types)
                    trigger.types = reader.stringList(types.value);
                trigger.filters = reader.toData(entry.value);
                trigger.inputs = readInputs(reader, reader.get(entry.value, 'inputs')?.value);
                const secrets = reader.get(entry.value, 'secrets');
                if (secrets)
                    trigger.secrets = reader.pairs(secrets.value).map((s) => s.key);
            }
            else if ((0,dist/* isSeq */.oP)(entry.value)) {
                // `schedule:` is a list of `- cron:` entries.
                trigger.filters = reader.toData(entry.value);
            }
            triggers.push(trigger);
        }
    }
    return triggers;
}
function readStep(reader, node, index) {
    const map = reader.map(node);
    if (!map)
        return undefined;
    const step = { index, position: reader.position(map), with: new Map(), env: [], node: map };
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
function readSteps(reader, node) {
    const steps = [];
    const seq = reader.resolve(node);
    if (!(0,dist/* isSeq */.oP)(seq))
        return steps;
    seq.items.forEach((item, index) => {
        const step = readStep(reader, item, index);
        if (step)
            steps.push(step);
    });
    return steps;
}
function readContainer(reader, id, entry) {
    const ref = { id, position: reader.position(entry.keyNode), env: [] };
    if ((0,dist/* isScalar */.jn)(entry.value)) {
        const image = reader.located(entry);
        if (image)
            ref.image = image;
        return ref;
    }
    const image = reader.located(reader.get(entry.value, 'image'));
    if (image)
        ref.image = image;
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
    if (options)
        ref.options = options;
    return ref;
}
function readJob(reader, id, keyNode, value) {
    const map = reader.map(value);
    if (!map)
        return undefined;
    const job = {
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
                if (name)
                    job.name = name;
                break;
            }
            case 'permissions': {
                const permissions = readPermissions(reader, entry.keyNode, entry.value);
                if (permissions)
                    job.permissions = permissions;
                break;
            }
            case 'runs-on':
                job.runsOnPosition = entry.value?.range ? reader.position(entry.value) : reader.position(entry.keyNode);
                if ((0,dist/* isMap */.jh)(entry.value)) {
                    const group = reader.scalarString(reader.get(entry.value, 'group')?.value);
                    job.runsOn = [
                        ...reader.stringList(reader.get(entry.value, 'labels')?.value),
                        ...(group ? [`group:${group}`] : []),
                    ];
                }
                else {
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
                if (defaults)
                    job.defaults = defaults;
                break;
            }
            case 'environment': {
                const environment = (0,dist/* isMap */.jh)(entry.value)
                    ? reader.located(reader.get(entry.value, 'name'))
                    : reader.located(entry);
                if (environment)
                    job.environment = environment;
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
function readDefaults(reader, value) {
    const run = reader.get(value, 'run')?.value;
    if (!run)
        return undefined;
    const shell = reader.located(reader.get(run, 'shell'));
    const workingDirectory = reader.located(reader.get(run, 'working-directory'));
    if (!shell && !workingDirectory)
        return undefined;
    return { ...(shell ? { shell } : {}), ...(workingDirectory ? { workingDirectory } : {}) };
}
/**
 * The shell a `run:` step runs in, as written (`bash`, `pwsh`, `python {0}`, ...): the step's own,
 * else the job's or the workflow's `defaults.run.shell`; undefined means the runner default (bash on
 * Linux and macOS, pwsh on Windows). Composite action steps must name theirs.
 */
function effectiveShell(wf, job, step) {
    return (step.shell ?? job.defaults?.shell ?? wf.defaults?.shell)?.value;
}
function readWorkflow(reader, root, wf) {
    for (const entry of reader.pairs(root)) {
        switch (entry.key) {
            case 'name': {
                const name = reader.located(entry);
                if (name)
                    wf.name = name;
                break;
            }
            case 'on':
                wf.triggers = readTriggers(reader, entry.value);
                break;
            case 'permissions': {
                const permissions = readPermissions(reader, entry.keyNode, entry.value);
                if (permissions)
                    wf.permissions = permissions;
                break;
            }
            case 'env':
                wf.env = reader.keyValues(entry.value);
                break;
            case 'defaults': {
                const defaults = readDefaults(reader, entry.value);
                if (defaults)
                    wf.defaults = defaults;
                break;
            }
            case 'jobs':
                for (const job of reader.pairs(entry.value)) {
                    const read = readJob(reader, job.key, job.keyNode, job.value);
                    if (read)
                        wf.jobs.push(read);
                }
                break;
        }
    }
}
/** The id of the pseudo-job that carries a composite action's steps. */
const COMPOSITE_JOB_ID = 'composite';
function readAction(reader, root, wf) {
    const action = { inputs: [] };
    const name = reader.located(reader.get(root, 'name'));
    if (name)
        action.name = name;
    action.inputs = readInputs(reader, reader.get(root, 'inputs')?.value);
    const runs = reader.get(root, 'runs');
    const runsMap = reader.map(runs?.value);
    if (runs && runsMap) {
        const field = (key) => reader.located(reader.get(runsMap, key));
        const using = field('using');
        const steps = readSteps(reader, reader.get(runsMap, 'steps')?.value);
        action.runs = { position: reader.position(runs.keyNode), steps };
        for (const [key, value] of [
            ['using', using],
            ['main', field('main')],
            ['pre', field('pre')],
            ['post', field('post')],
            ['image', field('image')],
        ]) {
            if (value)
                action.runs[key] = value;
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

;// CONCATENATED MODULE: ./packages/workflows/src/invalid.ts
/**
 * The rule every workflow audit reports for a file GitHub would reject, documented by the action
 * that reports it (`action`: its README holds the rule's section).
 */
function invalidWorkflowRule(action) {
    return {
        id: INVALID_WORKFLOW,
        title: 'GitHub would reject this file',
        severity: 'error',
        why: "A workflow or action.yml that is not valid YAML, or that GitHub's workflow schema rejects, never runs (or fails at the first use): " +
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
const INVALID_WORKFLOW = 'invalid-workflow';
/** One `invalid-workflow` error finding per problem GitHub (or the YAML parser) reports for the file. */
function invalidWorkflowFindings(wf) {
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

// EXTERNAL MODULE: ./node_modules/.pnpm/mvdan-sh@0.10.1/node_modules/mvdan-sh/index.js
var mvdan_sh = __webpack_require__(64639);
var mvdan_sh_default = /*#__PURE__*/__webpack_require__.n(mvdan_sh);
;// CONCATENATED MODULE: ./packages/workflows/src/shell.ts
// A shell script as the rules need to see it: every simple command with its words, where each word
// is in the script, which pipeline and `&&`/`||` list it belongs to, and what it is nested in.
//
// The parser is mvdan/sh (the one behind shfmt), through the `mvdan-sh` package: a complete Bash
// parser with exact positions that runs synchronously. `sh-syntax` (the same parser as WASM) was
// tried first: its JSON tree keeps only the positions of commands, not their words, and every call
// builds a new WASM instance asynchronously, so it cannot answer "which command is this".
// The declaration must be part of every compilation, including each action's own tsconfig (which
// only includes that action's src): a reference does that, an import of a .d.ts cannot.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./mvdan-sh.d.ts" />

const { syntax } = (mvdan_sh_default());
/** Stands for the dynamic part of a word (`$VAR`, `$(cmd)`, `${{ expr }}`, a glob) in `ShellWord.text`. */
const SHELL_DYNAMIC = '\u{FFFC}';
/**
 * The redirects that write a command's output to a file: its own and those of the compound commands
 * around it (`{ echo a; echo b; } >> file`), outermost first.
 */
function writeRedirects(command) {
    return [...(command.outerRedirects ?? []), ...command.redirects].filter((redirect) => redirect.op.includes('>'));
}
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;
let bashParser;
let posixParser;
function parser(posix) {
    if (posix)
        return (posixParser ??= syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangPOSIX)));
    return (bashParser ??= syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash)));
}
/**
 * Parses of recent scripts: workflows repeat the same `run:` across jobs and matrix copies of one
 * file. Kept small on purpose: a parse that stays cached across many files outlives V8's young
 * generation and is copied into the old one as garbage (with 256 entries, a third of a 10,000-file
 * run's scavenge time).
 */
const cache = new Map();
const CACHE_SIZE = 32;
/**
 * Parses a shell script. Never throws on bad shell: a script that does not parse gives
 * `{ok: false, error}` with no commands. The result is shared between calls with the same script
 * and options: treat it as read-only.
 */
function parseShell(script, options = {}) {
    const key = `${options.posix === true ? 'p' : 'b'}${options.githubExpressions === false ? 'n' : 'e'}${script}`;
    const cached = cache.get(key);
    if (cached)
        return cached;
    const parse = parseUncached(script, options);
    if (cache.size >= CACHE_SIZE)
        cache.delete(cache.keys().next().value);
    cache.set(key, parse);
    return parse;
}
function parseUncached(script, options) {
    const expressions = [];
    let source = script;
    if (options.githubExpressions !== false && script.includes('${{')) {
        // Same length, shell-neutral: offsets stay valid and the words around stay one word.
        source = script.replace(EXPRESSION, (match, offset) => {
            expressions.push({ offset, end: offset + match.length });
            return '_'.repeat(match.length);
        });
    }
    const offsets = new OffsetMap(source);
    let file;
    try {
        file = parser(options.posix === true).Parse(source, '');
    }
    catch (error) {
        const failed = parseError(error, script, offsets);
        return (parseAround(script, source, failed, expressions, options) ?? {
            ok: false,
            commands: [],
            pipelines: [],
            lists: [],
            expressions,
            error: failed,
        });
    }
    const builder = new Builder(script, offsets, expressions);
    builder.walk(file);
    return { ok: true, commands: builder.commands, pipelines: builder.pipelines, lists: builder.lists, expressions };
}
/** How many lines a partial parse may blank before giving up (each try is a parse of the whole script). */
const MAX_SKIPPED_LINES = 16;
/**
 * The parse of a script that failed, with each line the parser stopped at blanked from the error on,
 * then whole (spaces of the same length, so every offset stays the script's), until the rest parses.
 * Undefined when it still does not parse after MAX_SKIPPED_LINES lines, or when blanking a whole line
 * did not move the error.
 */
function parseAround(script, source, failed, expressions, options) {
    let masked = source;
    const skipped = [];
    // A line first loses only what follows the error (`curl ... | bash; if then fi` keeps the curl), then all of it.
    let cut;
    let at = failed;
    while (skipped.length < MAX_SKIPPED_LINES) {
        const lineStart = masked.lastIndexOf('\n', at.offset - 1) + 1;
        const wholeLine = skipped.includes(at.line);
        if (wholeLine && cut === lineStart)
            break;
        const start = wholeLine ? lineStart : at.offset;
        let end = masked.indexOf('\n', at.offset);
        if (end === -1)
            end = masked.length;
        cut = start;
        masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
        if (!wholeLine)
            skipped.push(at.line);
        const offsets = new OffsetMap(masked);
        try {
            const file = parser(options.posix === true).Parse(masked, '');
            const builder = new Builder(script, offsets, expressions);
            builder.walk(file);
            return {
                ok: false,
                partial: true,
                skippedLines: skipped.sort((a, b) => a - b),
                commands: builder.commands,
                pipelines: builder.pipelines,
                lists: builder.lists,
                expressions,
                error: failed,
            };
        }
        catch (error) {
            at = parseError(error, script, offsets);
        }
    }
    return undefined;
}
/** A sentence for findings made in a script that only partly parsed (see ShellParse.partial). */
function partialParseNote(parse) {
    if (!parse.partial || !parse.error)
        return '';
    const lines = parse.skippedLines ?? [];
    return ` (The script did not fully parse: ${parse.error.message} at line ${parse.error.line}; found in the lines that did, line${lines.length === 1 ? '' : 's'} ${lines.join(', ')} left out.)`;
}
/** The command name (first word) when it is static: `curl`, `/usr/bin/env`, `./install.sh`. */
function commandName(command) {
    return command.argv[0]?.literal;
}
/** 1-based line and column of a script offset. */
function shellPosition(script, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < script.length; i++) {
        if (script.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** mvdan/sh counts UTF-8 bytes; JavaScript strings count UTF-16 units. */
class OffsetMap {
    table;
    constructor(text) {
        if (!/[^\x00-\x7f]/.test(text))
            return;
        const bytes = Buffer.byteLength(text, 'utf8');
        const table = new Int32Array(bytes + 1);
        let byte = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.codePointAt(i);
            const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
            for (let k = 0; k < size; k++)
                table[byte + k] = i;
            byte += size;
            if (code >= 0x10000)
                i++;
        }
        table[bytes] = text.length;
        this.table = table;
    }
    toIndex(byteOffset) {
        if (!this.table)
            return byteOffset;
        return this.table[Math.min(byteOffset, this.table.length - 1)] ?? byteOffset;
    }
}
function parseError(error, script, offsets) {
    const goError = error;
    let message = typeof goError?.Text === 'string' && goError.Text ? goError.Text : undefined;
    if (!message)
        message = typeof goError?.Error === 'function' ? goError.Error() : String(goError?.message ?? error);
    let offset = 0;
    try {
        if (goError?.Pos && typeof goError.Pos.Offset === 'function')
            offset = offsets.toIndex(goError.Pos.Offset());
    }
    catch {
        offset = 0;
    }
    const { line, column } = shellPosition(script, offset);
    return { message, offset, line, column };
}
const NESTING = {
    Subshell: 'subshell',
    CmdSubst: 'command-substitution',
    ProcSubst: 'process-substitution',
    FuncDecl: 'function',
    IfClause: 'if',
    WhileClause: 'loop',
    ForClause: 'loop',
    CaseClause: 'case',
    Block: 'block',
};
const PLAIN_WORD = /^[A-Za-z0-9_\-./:=@%+,^]+$/;
/** Commands that hold statements: a redirect on them applies to every command inside. */
const COMPOUND = new Set(['Block', 'Subshell', 'IfClause', 'WhileClause', 'ForClause', 'CaseClause']);
/** Nodes with no command below them. */
const LEAVES = new Set(['Lit', 'SglQuoted', 'Comment', 'ArithmExp', 'ExtGlob', 'BraceExp']);
class Builder {
    script;
    offsets;
    expressions;
    commands = [];
    pipelines = [];
    lists = [];
    stack = [];
    constructor(script, offsets, expressions) {
        this.script = script;
        this.offsets = offsets;
        this.expressions = expressions;
    }
    walk(file) {
        // A recursion over the fields that can hold commands, rather than syntax.Walk: Walk hands every
        // node across from the Go side and costs about three times the parse itself.
        this.visit(file, 'File');
    }
    visit(node, known) {
        if (!node)
            return;
        const type = known ?? syntax.NodeType(node);
        if (LEAVES.has(type))
            return;
        // Words without a command inside are read whole by word().
        if (type === 'Word' && !/\$\(|`|[<>]\(/.test(this.script.slice(this.pos(node), this.end(node))))
            return;
        const frame = { type, node };
        if (type === 'BinaryCmd')
            this.binary(frame);
        else if (type === 'Stmt')
            this.stageStart(node);
        else if (type === 'CallExpr')
            this.call(node);
        this.stack.push(frame);
        const all = (value, as) => {
            for (const child of toArray(value))
                this.visit(child, as);
        };
        switch (type) {
            case 'File':
            case 'Subshell':
            case 'Block':
            case 'CmdSubst':
            case 'ProcSubst':
                all(node.Stmts, 'Stmt');
                break;
            case 'Stmt':
                this.visit(node.Cmd);
                all(node.Redirs, 'Redirect');
                break;
            case 'Redirect':
                this.visit(node.Word, 'Word');
                this.visit(node.Hdoc, 'Word');
                break;
            case 'CallExpr':
                all(node.Assigns, 'Assign');
                all(node.Args, 'Word');
                break;
            case 'DeclClause':
                all(node.Args, 'Assign');
                break;
            case 'Assign':
                this.visit(node.Value, 'Word');
                if (node.Array)
                    for (const element of toArray(node.Array.Elems))
                        this.visit(element.Value, 'Word');
                break;
            case 'BinaryCmd':
                this.visit(node.X, 'Stmt');
                this.visit(node.Y, 'Stmt');
                break;
            case 'IfClause':
                all(node.Cond, 'Stmt');
                all(node.Then, 'Stmt');
                this.visit(node.Else, 'IfClause');
                break;
            case 'WhileClause':
                all(node.Cond, 'Stmt');
                all(node.Do, 'Stmt');
                break;
            case 'ForClause':
                this.visit(node.Loop);
                all(node.Do, 'Stmt');
                break;
            case 'WordIter':
                all(node.Items, 'Word');
                break;
            case 'CaseClause':
                this.visit(node.Word, 'Word');
                all(node.Items, 'CaseItem');
                break;
            case 'CaseItem':
                all(node.Patterns, 'Word');
                all(node.Stmts, 'Stmt');
                break;
            case 'FuncDecl':
                this.visit(node.Body, 'Stmt');
                break;
            case 'TimeClause':
            case 'CoprocClause':
                this.visit(node.Stmt, 'Stmt');
                break;
            case 'Word':
            case 'DblQuoted':
                all(node.Parts);
                break;
            default:
                // Test, arithmetic and let expressions: commands inside them are rare; walk them fully.
                this.walkFallback(node);
        }
        this.stack.pop();
    }
    /** syntax.Walk below a node of a kind visit() does not know field by field. */
    walkFallback(root) {
        let depth = 0;
        syntax.Walk(root, (node) => {
            if (!node) {
                depth--;
                if (depth > 0)
                    this.stack.pop();
                return true;
            }
            depth++;
            if (depth === 1)
                return true;
            const type = syntax.NodeType(node);
            const frame = { type, node };
            if (type === 'BinaryCmd')
                this.binary(frame);
            else if (type === 'Stmt')
                this.stageStart(node);
            else if (type === 'CallExpr')
                this.call(node);
            this.stack.push(frame);
            return true;
        });
    }
    pos(node) {
        return this.offsets.toIndex(node.Pos().Offset());
    }
    end(node) {
        return this.offsets.toIndex(node.End().Offset());
    }
    binary(frame) {
        const node = frame.node;
        const opOffset = this.offsets.toIndex(node.OpPos.Offset());
        const op = this.script.slice(opOffset, opOffset + 2);
        if (op === '&&' || op === '||') {
            const list = {
                index: this.lists.length,
                operator: op,
                offset: this.pos(node),
                end: this.end(node),
                left: [],
                right: [],
            };
            this.lists.push(list);
            frame.list = list.index;
            frame.split = opOffset;
            return;
        }
        // `|` or `|&`. Nested pipes (`a | b | c`) are one pipeline.
        const parent = this.stack[this.stack.length - 1];
        const grand = this.stack[this.stack.length - 2];
        const withStderr = op === '|&';
        if (parent?.type === 'Stmt' && grand?.type === 'BinaryCmd' && grand.pipeline !== undefined) {
            frame.pipeline = grand.pipeline;
            if (withStderr)
                this.pipelines[grand.pipeline].withStderr = true;
            return;
        }
        const pipeline = {
            index: this.pipelines.length,
            offset: this.pos(node),
            end: this.end(node),
            stages: [],
            withStderr,
        };
        this.pipelines.push(pipeline);
        frame.pipeline = pipeline.index;
    }
    /** A statement directly under a pipe is a stage, unless it is itself the rest of the pipeline. */
    stageStart(stmt) {
        const parent = this.stack[this.stack.length - 1];
        if (parent?.type !== 'BinaryCmd' || parent.pipeline === undefined)
            return;
        const cmd = stmt.Cmd;
        if (cmd && syntax.NodeType(cmd) === 'BinaryCmd') {
            const opOffset = this.offsets.toIndex(cmd.OpPos.Offset());
            if (this.script[opOffset] === '|' && this.script[opOffset + 1] !== '|')
                return;
        }
        this.pipelines[parent.pipeline].stages.push(null);
    }
    call(node) {
        const stmtFrame = this.stack[this.stack.length - 1];
        const stmt = stmtFrame?.type === 'Stmt' ? stmtFrame.node : undefined;
        const index = this.commands.length;
        const nesting = [];
        for (const frame of this.stack) {
            const kind = NESTING[frame.type];
            if (kind)
                nesting.push(kind);
            if (frame.type === 'Stmt' && frame.node.Background)
                nesting.push('background');
        }
        const command = {
            index,
            argv: toArray(node.Args).map((word) => this.word(word)),
            assignments: toArray(node.Assigns).map((assign) => this.assignment(assign)),
            redirects: stmt ? toArray(stmt.Redirs).map((redirect) => this.redirect(redirect)) : [],
            offset: this.pos(node),
            end: this.end(node),
            nesting,
            negated: Boolean(stmt?.Negated),
        };
        const outer = [];
        for (let i = this.stack.length - 2; i >= 0; i--) {
            const frame = this.stack[i];
            if (frame.type === 'CmdSubst' || frame.type === 'ProcSubst')
                break;
            if (frame.type !== 'Stmt' || !frame.node.Redirs || !COMPOUND.has(this.stack[i + 1]?.type ?? ''))
                continue;
            outer.unshift(...toArray(frame.node.Redirs).map((redirect) => this.redirect(redirect)));
        }
        if (outer.length)
            command.outerRedirects = outer;
        // Direct pipeline stage: Stmt under a pipe BinaryCmd.
        const pipeFrame = this.stack[this.stack.length - 2];
        if (stmt && pipeFrame?.type === 'BinaryCmd' && pipeFrame.pipeline !== undefined) {
            const pipeline = this.pipelines[pipeFrame.pipeline];
            const stage = pipeline.stages.length - 1;
            if (stage >= 0 && pipeline.stages[stage] === null) {
                pipeline.stages[stage] = index;
                command.pipeline = { index: pipeline.index, stage };
            }
        }
        // Lists: every enclosing && / || frame gets the command on its left or right side.
        for (let i = this.stack.length - 1; i >= 0; i--) {
            const frame = this.stack[i];
            if (frame.list === undefined)
                continue;
            const list = this.lists[frame.list];
            (command.offset < frame.split ? list.left : list.right).push(index);
            command.list ??= frame.list;
        }
        this.commands.push(command);
    }
    assignment(node) {
        const name = node.Name ? String(node.Name.Value) : '';
        return { name, value: node.Value ? this.word(node.Value) : undefined, offset: this.pos(node) };
    }
    redirect(node) {
        const opOffset = this.offsets.toIndex(node.OpPos.Offset());
        const target = this.word(node.Word);
        let op = this.script.slice(opOffset, target.offset).trim();
        if (!op)
            op = this.script.slice(opOffset, opOffset + 1);
        const fd = node.N ? String(node.N.Value) : undefined;
        return { op, ...(fd !== undefined ? { fd } : {}), target, offset: node.N ? this.pos(node.N) : opOffset };
    }
    word(node) {
        const offset = this.pos(node);
        const end = this.end(node);
        const raw = this.script.slice(offset, end);
        // A word of plain characters (no quote, escape, expansion, glob, brace or tilde) is its own text:
        // reading its parts across into the Go parser would give the same, at most of the walk's cost.
        if (PLAIN_WORD.test(raw))
            return { text: raw, literal: raw, dynamic: false, raw, offset, end };
        let dynamic = false;
        let text = '';
        const visit = (parts, quoted) => {
            for (const part of parts) {
                const type = syntax.NodeType(part);
                const start = this.pos(part);
                const stop = this.end(part);
                if (type === 'Lit') {
                    const piece = this.literal(start, stop, quoted ? 'double' : 'none');
                    // An unquoted `*` or `?` is a glob the shell expands: the word is not a literal.
                    if (piece.dynamic || (!quoted && /(^|[^\\])[*?]/.test(this.script.slice(start, stop))))
                        dynamic = true;
                    text += piece.text;
                }
                else if (type === 'SglQuoted') {
                    // 'x' or $'x'; the content is the literal text between the quotes.
                    const open = this.script[start] === '$' ? start + 2 : start + 1;
                    const piece = this.literal(open, Math.max(open, stop - 1), 'single');
                    if (piece.dynamic)
                        dynamic = true;
                    text += this.script[start] === '$' ? unescapeAnsiC(piece.text) : piece.text;
                }
                else if (type === 'DblQuoted') {
                    visit(toArray(part.Parts), true);
                }
                else {
                    // Parameter, arithmetic, command or process substitution, brace expansion, extended glob.
                    dynamic = true;
                    text += SHELL_DYNAMIC;
                }
            }
        };
        visit(toArray(node.Parts), false);
        return { text, ...(dynamic ? {} : { literal: text }), dynamic, raw: this.script.slice(offset, end), offset, end };
    }
    /** Literal text of [start, end), with GitHub expressions marked dynamic and escapes removed. */
    literal(start, end, quoting) {
        let dynamic = false;
        let raw = '';
        let cursor = start;
        for (const expression of this.expressions) {
            if (expression.end <= start || expression.offset >= end)
                continue;
            raw += this.script.slice(cursor, Math.max(cursor, expression.offset));
            raw += SHELL_DYNAMIC;
            cursor = Math.min(end, expression.end);
            dynamic = true;
        }
        raw += this.script.slice(cursor, end);
        if (quoting === 'single')
            return { text: raw, dynamic };
        let text = '';
        for (let i = 0; i < raw.length; i++) {
            const ch = raw[i];
            if (ch !== '\\' || i + 1 >= raw.length) {
                text += ch;
                continue;
            }
            const next = raw[i + 1];
            if (next === '\n') {
                i++;
                continue;
            }
            if (quoting === 'none' || '$`"\\'.includes(next)) {
                text += next;
                i++;
                continue;
            }
            text += ch;
        }
        return { text, dynamic };
    }
}
function toArray(value) {
    if (!value)
        return [];
    if (Array.isArray(value))
        return value;
    const length = value.length;
    if (typeof length !== 'number')
        return [];
    return Array.from({ length }, (_, i) => value[i]);
}
function unescapeAnsiC(text) {
    return text.replace(/\\([nrt'"\\])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/dockerfile-ast@0.7.1/node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(1208);
;// CONCATENATED MODULE: ./packages/workflows/src/dockerfile.ts
// The base images of a Dockerfile: every FROM with its image reference resolved through the global
// ARGs (those before the first FROM, the only ones FROM may use), its platform and stage alias, and
// exact positions. Parsing is dockerfile-ast (the parser of the VS Code Docker language server):
// line continuations, escape directives, comments and heredocs are its business.

/** Parses a Dockerfile's FROM instructions. Never throws on odd content: unknown lines are skipped. */
function parseDockerfile(text, options = {}) {
    const dockerfile = main.DockerfileParser.parse(text);
    const args = [];
    const values = new Map();
    for (const arg of dockerfile.getInitialARGs()) {
        for (const property of arg.getProperties()) {
            const name = property.getName();
            const value = property.getValue() ?? undefined;
            const range = property.getNameRange();
            args.push({
                name,
                ...(value !== undefined ? { default: value } : {}),
                line: range.start.line + 1,
                column: range.start.character + 1,
            });
            values.set(name, value);
        }
    }
    for (const [name, value] of Object.entries(options.buildArgs ?? {})) {
        if (values.has(name))
            values.set(name, value);
    }
    const stages = new Set();
    const froms = [];
    for (const [index, from] of dockerfile.getFROMs().entries()) {
        const raw = from.getImage();
        const range = from.getImageRange();
        const instruction = from.getRange();
        const platformFlag = from.getFlags().find((flag) => flag.getName().toLowerCase() === 'platform');
        const stage = from.getBuildStage() ?? undefined;
        if (raw === null || !range)
            continue;
        const image = substitute(raw, values);
        const stageReference = image !== undefined && stages.has(image.toLowerCase());
        froms.push({
            index,
            raw,
            ...(image !== undefined ? { image } : {}),
            ...(platformFlag ? { platform: platformFlag.getValue() ?? '' } : {}),
            ...(stage ? { stage: stage.toLowerCase() } : {}),
            stageReference,
            scratch: image?.toLowerCase() === 'scratch',
            line: range.start.line + 1,
            column: range.start.character + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.character + 1,
            instructionLine: instruction.start.line + 1,
            instructionColumn: instruction.start.character + 1,
        });
        if (stage)
            stages.add(stage.toLowerCase());
    }
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const runs = [];
    for (const instruction of dockerfile.getInstructions()) {
        if (instruction.getKeyword().toUpperCase() !== 'RUN')
            continue;
        const range = instruction.getArgumentsRange();
        if (!range)
            continue;
        const start = (lineStarts[range.start.line] ?? 0) + range.start.character;
        const end = (lineStarts[range.end.line] ?? 0) + range.end.character;
        let script = text.slice(start, end);
        // Flags (`--mount=type=cache,target=/root/.cache`) come before the command.
        const flags = /^(?:--[\w-]+(?:=\S*)?(?:[ \t]+|\\\r?\n[ \t]*))*/.exec(script)?.[0] ?? '';
        script = script.slice(flags.length);
        if (!script.trim() || script.trimStart().startsWith('[') || /<<-?\w/.test(script.split('\n')[0] ?? ''))
            continue;
        const offset = start + flags.length;
        const line = lineStarts.findLastIndex((s) => s <= offset);
        runs.push({ script, offset, line: line + 1, column: offset - lineStarts[line] + 1 });
    }
    return { froms, runs, args };
}
/**
 * `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` as BuildKit expands them in FROM;
 * undefined when a variable has no value and no default.
 */
function substitute(text, values) {
    let unresolved = false;
    const result = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_match, braced, op, word, bare) => {
        const name = (braced ?? bare);
        const value = values.get(name);
        const set = value !== undefined && (op?.startsWith(':') ? value !== '' : true);
        if (op?.endsWith('-'))
            return set ? value : (word ?? '');
        if (op?.endsWith('+'))
            return set ? (word ?? '') : '';
        if (value === undefined) {
            unresolved = true;
            return '';
        }
        return value;
    });
    return unresolved ? undefined : result;
}

;// CONCATENATED MODULE: ./packages/workflows/src/index.ts
// @paved-road/workflows: GitHub workflow and action.yml files as a typed model with exact positions.
//
// - loadWorkflowFile(file, text) / loadWorkflowPath(path, displayName): parse (yaml Document kept for
//   edits), validate with GitHub's @actions/workflow-parser (`errors`, reported as invalid-workflow),
//   and read triggers, permissions, env, jobs, steps, containers; composite actions as one pseudo-job.
//   Never throws on bad content: YAML errors, alias bombs, deep nesting, unreadable files are `errors`.
// - RunScript.offsetToPosition, scalarScript, withScript: offsets in a script value -> file line/column.
// - findExpressions, expressionContexts, expressionValueContexts: `${{ }}` read with @actions/expressions.
// - parseShell (shell.ts), parseDockerfile (dockerfile.ts).










/***/ })

};
