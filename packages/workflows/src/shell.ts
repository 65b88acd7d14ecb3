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
import mvdan from 'mvdan-sh';

const { syntax } = mvdan;

/** Stands for the dynamic part of a word (`$VAR`, `$(cmd)`, `${{ expr }}`, a glob) in `ShellWord.text`. */
export const SHELL_DYNAMIC = '\u{FFFC}';

export interface ShellWord {
  /** The word as the shell sees it after quote removal; each dynamic part replaced by SHELL_DYNAMIC. */
  text: string;
  /** The literal value when the word has no dynamic part; undefined otherwise. */
  literal?: string;
  dynamic: boolean;
  /** The word as written in the script. */
  raw: string;
  /** 0-based offsets into the script (UTF-16 code units, like String.prototype.slice). */
  offset: number;
  end: number;
}

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `<<`, `<<<`, `>&`, `&>`, ... */
  op: string;
  /** The file descriptor written before the operator (`2` in `2>&1`), if any. */
  fd?: string;
  target: ShellWord;
  offset: number;
}

/**
 * The redirects that write a command's output to a file: its own and those of the compound commands
 * around it (`{ echo a; echo b; } >> file`), outermost first.
 */
export function writeRedirects(command: ShellCommand): ShellRedirect[] {
  return [...(command.outerRedirects ?? []), ...command.redirects].filter((redirect) => redirect.op.includes('>'));
}

export interface ShellAssignment {
  name: string;
  value?: ShellWord;
  offset: number;
}

export type ShellNesting =
  | 'subshell'
  | 'command-substitution'
  | 'process-substitution'
  | 'function'
  | 'if'
  | 'loop'
  | 'case'
  | 'block'
  | 'background';

export interface ShellCommand {
  /** Index in `ShellParse.commands` (source order). */
  index: number;
  /** The command words (name first). Empty for a bare assignment such as `A=1`. */
  argv: ShellWord[];
  /** `A=1 cmd`: assignments before the command. */
  assignments: ShellAssignment[];
  redirects: ShellRedirect[];
  /**
   * Redirects of the compound commands around it (`{ echo a; echo b; } >> file`, loops, ifs,
   * subshells), outermost first, up to the nearest command substitution. Absent when there are none.
   */
  outerRedirects?: ShellRedirect[];
  offset: number;
  end: number;
  /** What the command sits inside, outermost first. */
  nesting: ShellNesting[];
  /** Set when the command is a direct stage of a pipeline. */
  pipeline?: { index: number; stage: number };
  /** Index in `ShellParse.lists` of the innermost `&&`/`||` list it is part of. */
  list?: number;
  /** `! cmd`. */
  negated: boolean;
}

export interface ShellPipeline {
  index: number;
  offset: number;
  end: number;
  /** Each stage in order: the command index when the stage is a simple command, null for a compound one. */
  stages: Array<number | null>;
  /** `|&` somewhere in the pipeline (stderr too). */
  withStderr: boolean;
}

export interface ShellList {
  index: number;
  operator: '&&' | '||';
  offset: number;
  end: number;
  /** Commands (indexes) on the left and on the right of the operator, nested ones included. */
  left: number[];
  right: number[];
}

export interface ShellParseError {
  message: string;
  offset: number;
  /** 1-based, within the script. */
  line: number;
  column: number;
}

export interface ShellParse {
  /** The whole script parsed. */
  ok: boolean;
  /**
   * The script did not parse (`ok` false, `error` says where), but the rest did once the lines named
   * in `skippedLines` were blanked: `commands` and the rest are those of the lines that parsed.
   * Bash runs a script statement by statement, so what comes before a syntax error runs.
   */
  partial?: boolean;
  /** 1-based lines left out of a partial parse. */
  skippedLines?: number[];
  commands: ShellCommand[];
  pipelines: ShellPipeline[];
  lists: ShellList[];
  /** Spans of `${{ ... }}` GitHub expressions found in the script (they are dynamic words). */
  expressions: Array<{ offset: number; end: number }>;
  error?: ShellParseError;
}

export interface ShellParseOptions {
  /** POSIX sh instead of Bash. Default bash (GitHub's `run:` default on Linux and macOS). */
  posix?: boolean;
  /**
   * Treat `${{ ... }}` as dynamic text (GitHub expands it before the shell runs). Default true: the
   * shell itself rejects `${{`, so this never changes the meaning of a script that could run.
   */
  githubExpressions?: boolean;
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g;

type Node = ReturnType<typeof syntax.NewParser> extends { Parse(src: string, name: string): infer N } ? N : never;

let bashParser: ReturnType<typeof syntax.NewParser> | undefined;
let posixParser: ReturnType<typeof syntax.NewParser> | undefined;

function parser(posix: boolean): ReturnType<typeof syntax.NewParser> {
  if (posix) return (posixParser ??= syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangPOSIX)));
  return (bashParser ??= syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash)));
}

/**
 * Parses of recent scripts: workflows repeat the same `run:` across jobs and matrix copies of one
 * file. Kept small on purpose: a parse that stays cached across many files outlives V8's young
 * generation and is copied into the old one as garbage (with 256 entries, a third of a 10,000-file
 * run's scavenge time).
 */
const cache = new Map<string, ShellParse>();
const CACHE_SIZE = 32;

/**
 * Parses a shell script. Never throws on bad shell: a script that does not parse gives
 * `{ok: false, error}` with no commands. The result is shared between calls with the same script
 * and options: treat it as read-only.
 */
export function parseShell(script: string, options: ShellParseOptions = {}): ShellParse {
  const key = `${options.posix === true ? 'p' : 'b'}${options.githubExpressions === false ? 'n' : 'e'}${script}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parse = parseUncached(script, options);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, parse);
  return parse;
}

function parseUncached(script: string, options: ShellParseOptions): ShellParse {
  const expressions: Array<{ offset: number; end: number }> = [];
  let source = script;
  if (options.githubExpressions !== false && script.includes('${{')) {
    // Same length, shell-neutral: offsets stay valid and the words around stay one word.
    source = script.replace(EXPRESSION, (match, offset: number) => {
      expressions.push({ offset, end: offset + match.length });
      return '_'.repeat(match.length);
    });
  }
  const offsets = new OffsetMap(source);
  let file: Node;
  try {
    file = parser(options.posix === true).Parse(source, '');
  } catch (error) {
    const failed = parseError(error, script, offsets);
    return (
      parseAround(script, source, failed, expressions, options) ?? {
        ok: false,
        commands: [],
        pipelines: [],
        lists: [],
        expressions,
        error: failed,
      }
    );
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
function parseAround(
  script: string,
  source: string,
  failed: ShellParseError,
  expressions: Array<{ offset: number; end: number }>,
  options: ShellParseOptions,
): ShellParse | undefined {
  let masked = source;
  const skipped: number[] = [];
  // A line first loses only what follows the error (`curl ... | bash; if then fi` keeps the curl), then all of it.
  let cut: number | undefined;
  let at = failed;
  while (skipped.length < MAX_SKIPPED_LINES) {
    const lineStart = masked.lastIndexOf('\n', at.offset - 1) + 1;
    const wholeLine = skipped.includes(at.line);
    if (wholeLine && cut === lineStart) break;
    const start = wholeLine ? lineStart : at.offset;
    let end = masked.indexOf('\n', at.offset);
    if (end === -1) end = masked.length;
    cut = start;
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
    if (!wholeLine) skipped.push(at.line);
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
    } catch (error) {
      at = parseError(error, script, offsets);
    }
  }
  return undefined;
}

/** A sentence for findings made in a script that only partly parsed (see ShellParse.partial). */
export function partialParseNote(parse: ShellParse): string {
  if (!parse.partial || !parse.error) return '';
  const lines = parse.skippedLines ?? [];
  return ` (The script did not fully parse: ${parse.error.message} at line ${parse.error.line}; found in the lines that did, line${lines.length === 1 ? '' : 's'} ${lines.join(', ')} left out.)`;
}

/** The command name (first word) when it is static: `curl`, `/usr/bin/env`, `./install.sh`. */
export function commandName(command: ShellCommand): string | undefined {
  return command.argv[0]?.literal;
}

/** 1-based line and column of a script offset. */
export function shellPosition(script: string, offset: number): { line: number; column: number } {
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
  private readonly table?: Int32Array;
  constructor(text: string) {
    if (!/[^\x00-\x7f]/.test(text)) return;
    const bytes = Buffer.byteLength(text, 'utf8');
    const table = new Int32Array(bytes + 1);
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
      for (let k = 0; k < size; k++) table[byte + k] = i;
      byte += size;
      if (code >= 0x10000) i++;
    }
    table[bytes] = text.length;
    this.table = table;
  }
  toIndex(byteOffset: number): number {
    if (!this.table) return byteOffset;
    return this.table[Math.min(byteOffset, this.table.length - 1)] ?? byteOffset;
  }
}

function parseError(error: unknown, script: string, offsets: OffsetMap): ShellParseError {
  const goError = error as { Text?: string; Pos?: { Offset?: () => number }; message?: string; Error?: () => string };
  let message = typeof goError?.Text === 'string' && goError.Text ? goError.Text : undefined;
  if (!message) message = typeof goError?.Error === 'function' ? goError.Error() : String(goError?.message ?? error);
  let offset = 0;
  try {
    if (goError?.Pos && typeof goError.Pos.Offset === 'function') offset = offsets.toIndex(goError.Pos.Offset());
  } catch {
    offset = 0;
  }
  const { line, column } = shellPosition(script, offset);
  return { message, offset, line, column };
}

const NESTING: Record<string, ShellNesting> = {
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

interface Frame {
  type: string;
  node: Node;
  /** For pipe BinaryCmd frames: the pipeline index; for &&/|| frames: the list index. */
  pipeline?: number;
  list?: number;
  /** For && / || frames: the offset where the right-hand side starts. */
  split?: number;
}

class Builder {
  readonly commands: ShellCommand[] = [];
  readonly pipelines: ShellPipeline[] = [];
  readonly lists: ShellList[] = [];
  private readonly stack: Frame[] = [];

  constructor(
    private readonly script: string,
    private readonly offsets: OffsetMap,
    private readonly expressions: ReadonlyArray<{ offset: number; end: number }>,
  ) {}

  walk(file: Node): void {
    // A recursion over the fields that can hold commands, rather than syntax.Walk: Walk hands every
    // node across from the Go side and costs about three times the parse itself.
    this.visit(file, 'File');
  }

  private visit(node: Node | null | undefined, known?: string): void {
    if (!node) return;
    const type = known ?? syntax.NodeType(node);
    if (LEAVES.has(type)) return;
    // Words without a command inside are read whole by word().
    if (type === 'Word' && !/\$\(|`|[<>]\(/.test(this.script.slice(this.pos(node), this.end(node)))) return;
    const frame: Frame = { type, node };
    if (type === 'BinaryCmd') this.binary(frame);
    else if (type === 'Stmt') this.stageStart(node);
    else if (type === 'CallExpr') this.call(node);
    this.stack.push(frame);
    const all = (value: unknown, as?: string): void => {
      for (const child of toArray(value)) this.visit(child, as);
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
        if (node.Array) for (const element of toArray(node.Array.Elems)) this.visit(element.Value, 'Word');
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
  private walkFallback(root: Node): void {
    let depth = 0;
    syntax.Walk(root, (node) => {
      if (!node) {
        depth--;
        if (depth > 0) this.stack.pop();
        return true;
      }
      depth++;
      if (depth === 1) return true;
      const type = syntax.NodeType(node);
      const frame: Frame = { type, node };
      if (type === 'BinaryCmd') this.binary(frame);
      else if (type === 'Stmt') this.stageStart(node);
      else if (type === 'CallExpr') this.call(node);
      this.stack.push(frame);
      return true;
    });
  }

  private pos(node: Node): number {
    return this.offsets.toIndex(node.Pos().Offset());
  }

  private end(node: Node): number {
    return this.offsets.toIndex(node.End().Offset());
  }

  private binary(frame: Frame): void {
    const node = frame.node;
    const opOffset = this.offsets.toIndex(node.OpPos.Offset());
    const op = this.script.slice(opOffset, opOffset + 2);
    if (op === '&&' || op === '||') {
      const list: ShellList = {
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
      if (withStderr) this.pipelines[grand.pipeline]!.withStderr = true;
      return;
    }
    const pipeline: ShellPipeline = {
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
  private stageStart(stmt: Node): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent?.type !== 'BinaryCmd' || parent.pipeline === undefined) return;
    const cmd = stmt.Cmd;
    if (cmd && syntax.NodeType(cmd) === 'BinaryCmd') {
      const opOffset = this.offsets.toIndex(cmd.OpPos.Offset());
      if (this.script[opOffset] === '|' && this.script[opOffset + 1] !== '|') return;
    }
    this.pipelines[parent.pipeline]!.stages.push(null);
  }

  private call(node: Node): void {
    const stmtFrame = this.stack[this.stack.length - 1];
    const stmt = stmtFrame?.type === 'Stmt' ? stmtFrame.node : undefined;
    const index = this.commands.length;
    const nesting: ShellNesting[] = [];
    for (const frame of this.stack) {
      const kind = NESTING[frame.type];
      if (kind) nesting.push(kind);
      if (frame.type === 'Stmt' && frame.node.Background) nesting.push('background');
    }
    const command: ShellCommand = {
      index,
      argv: toArray(node.Args).map((word) => this.word(word)),
      assignments: toArray(node.Assigns).map((assign) => this.assignment(assign)),
      redirects: stmt ? toArray(stmt.Redirs).map((redirect) => this.redirect(redirect)) : [],
      offset: this.pos(node),
      end: this.end(node),
      nesting,
      negated: Boolean(stmt?.Negated),
    };
    const outer: ShellRedirect[] = [];
    for (let i = this.stack.length - 2; i >= 0; i--) {
      const frame = this.stack[i]!;
      if (frame.type === 'CmdSubst' || frame.type === 'ProcSubst') break;
      if (frame.type !== 'Stmt' || !frame.node.Redirs || !COMPOUND.has(this.stack[i + 1]?.type ?? '')) continue;
      outer.unshift(...toArray(frame.node.Redirs).map((redirect) => this.redirect(redirect)));
    }
    if (outer.length) command.outerRedirects = outer;
    // Direct pipeline stage: Stmt under a pipe BinaryCmd.
    const pipeFrame = this.stack[this.stack.length - 2];
    if (stmt && pipeFrame?.type === 'BinaryCmd' && pipeFrame.pipeline !== undefined) {
      const pipeline = this.pipelines[pipeFrame.pipeline]!;
      const stage = pipeline.stages.length - 1;
      if (stage >= 0 && pipeline.stages[stage] === null) {
        pipeline.stages[stage] = index;
        command.pipeline = { index: pipeline.index, stage };
      }
    }
    // Lists: every enclosing && / || frame gets the command on its left or right side.
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const frame = this.stack[i]!;
      if (frame.list === undefined) continue;
      const list = this.lists[frame.list]!;
      (command.offset < frame.split! ? list.left : list.right).push(index);
      command.list ??= frame.list;
    }
    this.commands.push(command);
  }

  private assignment(node: Node): ShellAssignment {
    const name = node.Name ? String(node.Name.Value) : '';
    return { name, value: node.Value ? this.word(node.Value) : undefined, offset: this.pos(node) };
  }

  private redirect(node: Node): ShellRedirect {
    const opOffset = this.offsets.toIndex(node.OpPos.Offset());
    const target = this.word(node.Word);
    let op = this.script.slice(opOffset, target.offset).trim();
    if (!op) op = this.script.slice(opOffset, opOffset + 1);
    const fd = node.N ? String(node.N.Value) : undefined;
    return { op, ...(fd !== undefined ? { fd } : {}), target, offset: node.N ? this.pos(node.N) : opOffset };
  }

  word(node: Node): ShellWord {
    const offset = this.pos(node);
    const end = this.end(node);
    const raw = this.script.slice(offset, end);
    // A word of plain characters (no quote, escape, expansion, glob, brace or tilde) is its own text:
    // reading its parts across into the Go parser would give the same, at most of the walk's cost.
    if (PLAIN_WORD.test(raw)) return { text: raw, literal: raw, dynamic: false, raw, offset, end };
    let dynamic = false;
    let text = '';
    const visit = (parts: Node[], quoted: boolean): void => {
      for (const part of parts) {
        const type = syntax.NodeType(part);
        const start = this.pos(part);
        const stop = this.end(part);
        if (type === 'Lit') {
          const piece = this.literal(start, stop, quoted ? 'double' : 'none');
          // An unquoted `*` or `?` is a glob the shell expands: the word is not a literal.
          if (piece.dynamic || (!quoted && /(^|[^\\])[*?]/.test(this.script.slice(start, stop)))) dynamic = true;
          text += piece.text;
        } else if (type === 'SglQuoted') {
          // 'x' or $'x'; the content is the literal text between the quotes.
          const open = this.script[start] === '$' ? start + 2 : start + 1;
          const piece = this.literal(open, Math.max(open, stop - 1), 'single');
          if (piece.dynamic) dynamic = true;
          text += this.script[start] === '$' ? unescapeAnsiC(piece.text) : piece.text;
        } else if (type === 'DblQuoted') {
          visit(toArray(part.Parts), true);
        } else {
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
  private literal(
    start: number,
    end: number,
    quoting: 'none' | 'double' | 'single',
  ): { text: string; dynamic: boolean } {
    let dynamic = false;
    let raw = '';
    let cursor = start;
    for (const expression of this.expressions) {
      if (expression.end <= start || expression.offset >= end) continue;
      raw += this.script.slice(cursor, Math.max(cursor, expression.offset));
      raw += SHELL_DYNAMIC;
      cursor = Math.min(end, expression.end);
      dynamic = true;
    }
    raw += this.script.slice(cursor, end);
    if (quoting === 'single') return { text: raw, dynamic };
    let text = '';
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (ch !== '\\' || i + 1 >= raw.length) {
        text += ch;
        continue;
      }
      const next = raw[i + 1]!;
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

function toArray(value: unknown): Node[] {
  if (!value) return [];
  if (Array.isArray(value)) return value as Node[];
  const length = (value as { length?: number }).length;
  if (typeof length !== 'number') return [];
  return Array.from({ length }, (_, i) => (value as Record<number, Node>)[i]!);
}

function unescapeAnsiC(text: string): string {
  return text.replace(/\\([nrt'"\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c as 'n'] ?? c);
}
