// `${{ }}` expressions, read with GitHub's own expression lexer and parser (@actions/expressions), so
// what counts as a context access here is what the runner evaluates.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { Token } from '@actions/expressions/lexer';
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
  Star,
  type Expr,
  type ExprVisitor,
} from '@actions/expressions/ast';
import { StringData, NumberData } from '@actions/expressions/data/index';
import type { FunctionInfo } from '@actions/expressions/funcs/info';

/** Every named context a workflow or action expression may use. */
export const EXPRESSION_CONTEXTS = [
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
] as const;

/** Functions the runner adds to the built-in ones (status checks and hashFiles). */
const EXTENSION_FUNCTIONS: FunctionInfo[] = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];

export interface FoundExpression {
  /** The text between `${{` and `}}`, trimmed. */
  expression: string;
  /** Offsets in the searched text: `start` at `$`, `end` just after `}}`. */
  start: number;
  end: number;
  /** Where `${{` is, when a position mapper was given. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Finds each `${{ ... }}` in a string. A `}}` inside a quoted string literal does not close the
 * expression. An unclosed `${{` is ignored (GitHub rejects it). With `toPosition` (e.g.
 * `RunScript.offsetToPosition`), each result also carries its file position.
 */
export function findExpressions(
  text: string,
  toPosition?: (offset: number) => { line: number; column: number },
): FoundExpression[] {
  const found: FoundExpression[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${{', from);
    if (start === -1) break;
    let i = start + 3;
    let inString = false;
    let close = -1;
    while (i < text.length) {
      const c = text[i];
      if (inString) {
        if (c === "'") {
          if (text[i + 1] === "'") i++;
          else inString = false;
        }
      } else if (c === "'") {
        inString = true;
      } else if (c === '}' && text[i + 1] === '}') {
        close = i;
        break;
      }
      i++;
    }
    if (close === -1) break;
    const end = close + 2;
    const result: FoundExpression = { expression: text.slice(start + 3, close).trim(), start, end };
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
export function parseExpression(expression: string): Expr | undefined {
  const lexer = new Lexer(expression);
  const tokens = lexer.lex().tokens;
  return new Parser(tokens, [...EXPRESSION_CONTEXTS], EXTENSION_FUNCTIONS).parse();
}

/**
 * The context paths an expression reads, e.g. `github.event.pull_request.title`, `inputs.name`,
 * `steps.build.outputs.version`, in order of appearance, without duplicates. A literal index becomes
 * a path segment (`github.event['issue']` → `github.event.issue`); a numeric, `*` or computed index
 * becomes `*` (`github.event.commits[0].message` → `github.event.commits.*.message`). An expression
 * that does not parse reads nothing (GitHub rejects the workflow).
 */
export function expressionContexts(expression: string): string[] {
  let ast: Expr | undefined;
  try {
    ast = parseExpression(expression);
  } catch {
    return [];
  }
  if (!ast) return [];
  const paths: string[] = [];
  collectPaths(ast, paths);
  return [...new Set(paths)];
}

/** A context access chain as its path, or undefined when the chain is not rooted in a context. */
function accessPath(expr: Expr, nested: string[]): string | undefined {
  if (expr instanceof ContextAccess) return expr.name.lexeme.toLowerCase();
  if (expr instanceof IndexAccess) {
    const base = accessPath(expr.expr, nested);
    if (base === undefined) return undefined;
    const index = expr.index;
    if (index instanceof Literal && index.literal instanceof StringData) return `${base}.${index.literal.value}`;
    if (index instanceof Star || (index instanceof Literal && index.literal instanceof NumberData)) return `${base}.*`;
    collectPaths(index, nested);
    return `${base}.*`;
  }
  return undefined;
}

function collectPaths(expr: Expr, out: string[]): void {
  if (expr instanceof ContextAccess || expr instanceof IndexAccess) {
    const nested: string[] = [];
    const path = accessPath(expr, nested);
    if (path !== undefined) {
      out.push(path);
      out.push(...nested);
      return;
    }
    // An index on something that is not a context (e.g. `fromJSON(x).y`): look inside.
    if (expr instanceof IndexAccess) {
      collectPaths(expr.expr, out);
      collectPaths(expr.index, out);
    }
    return;
  }
  expr.accept(new ChildVisitor(out));
}

/** Visits the children of non-access nodes. */
class ChildVisitor implements ExprVisitor<void> {
  constructor(private readonly out: string[]) {}
  visitLiteral(): void {}
  visitUnary(unary: { expr: Expr }): void {
    collectPaths(unary.expr, this.out);
  }
  visitBinary(binary: { left: Expr; right: Expr }): void {
    collectPaths(binary.left, this.out);
    collectPaths(binary.right, this.out);
  }
  visitLogical(logical: { args: Expr[] }): void {
    for (const arg of logical.args) collectPaths(arg, this.out);
  }
  visitGrouping(grouping: { group: Expr }): void {
    collectPaths(grouping.group, this.out);
  }
  visitContextAccess(): void {}
  visitIndexAccess(): void {}
  visitFunctionCall(call: FunctionCall): void {
    for (const arg of call.args) collectPaths(arg, this.out);
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
export function expressionValueContexts(expression: string): string[] {
  let ast: Expr | undefined;
  try {
    ast = parseExpression(expression);
  } catch {
    return [];
  }
  if (!ast) return [];
  const out: string[] = [];
  collectValuePaths(ast, out);
  return [...new Set(out)];
}

function collectValuePaths(expr: Expr, out: string[]): void {
  if (expr instanceof ContextAccess || expr instanceof IndexAccess) {
    const path = accessPath(expr, []);
    if (path !== undefined) out.push(path);
    else if (expr instanceof IndexAccess) collectValuePaths(expr.expr, out);
    return;
  }
  if (expr instanceof Logical) {
    for (const arg of expr.args) collectValuePaths(arg, out);
    return;
  }
  if (expr instanceof Grouping) {
    collectValuePaths(expr.group, out);
    return;
  }
  if (expr instanceof FunctionCall) {
    if (NON_TEXT_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase())) return;
    for (const arg of expr.args) collectValuePaths(arg, out);
    return;
  }
  // Literals, comparisons (Binary) and negation (Unary) carry no context text into the value.
  if (expr instanceof Binary || expr instanceof Unary || expr instanceof Literal) return;
}

/**
 * A context access written as a path (`github.actor`, `github['ACTOR']` → `github.ACTOR`, `secrets[x]`
 * → `secrets.*`), or undefined when the node is not a context access. The root is lower-cased (context
 * names are case-insensitive); property names keep the case they are written in.
 */
export function contextPath(expr: Expr): string | undefined {
  if (!(expr instanceof ContextAccess || expr instanceof IndexAccess)) return undefined;
  return accessPath(expr, []);
}

/**
 * Where a node of a parsed expression is written in the expression's text: offsets `[start, end)`,
 * from its tokens (the parser keeps no spans), a call's or an index's closing bracket included.
 */
export function expressionRange(expression: string, node: Expr): { start: number; end: number } {
  const lineStarts = [0];
  for (let i = expression.indexOf('\n'); i !== -1; i = expression.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (pos: { line: number; column: number }) => (lineStarts[pos.line] ?? 0) + pos.column;
  const tokenRange = (token: Token): [number, number] => [offset(token.range.start), offset(token.range.end)];
  const skipSpace = (at: number) => {
    while (at < expression.length && /\s/.test(expression[at]!)) at++;
    return at;
  };
  // The closing bracket after `at` (whitespace between allowed), else `at` itself.
  const close = (at: number, bracket: string) => {
    const next = skipSpace(at);
    return expression[next] === bracket ? next + 1 : at;
  };
  const span = (n: Expr): [number, number] => {
    if (n instanceof Literal) return tokenRange(n.token);
    if (n instanceof ContextAccess) return tokenRange(n.name);
    if (n instanceof Unary) return [tokenRange(n.operator)[0], span(n.expr)[1]];
    if (n instanceof Binary) return [span(n.left)[0], span(n.right)[1]];
    if (n instanceof Logical) return [span(n.args[0]!)[0], span(n.args[n.args.length - 1]!)[1]];
    if (n instanceof Grouping) {
      const [start, end] = span(n.group);
      let open = start - 1;
      while (open >= 0 && /\s/.test(expression[open]!)) open--;
      return [expression[open] === '(' ? open : start, close(end, ')')];
    }
    if (n instanceof FunctionCall) {
      const [start, nameEnd] = tokenRange(n.functionName);
      const last = n.args.length ? span(n.args[n.args.length - 1]!)[1] : close(nameEnd, '(');
      return [start, close(last, ')')];
    }
    if (n instanceof IndexAccess) {
      const [start, baseEnd] = span(n.expr);
      const indexEnd = n.index instanceof Star ? expression.indexOf('*', baseEnd) + 1 : span(n.index)[1];
      return [start, close(Math.max(indexEnd, baseEnd), ']')];
    }
    return [0, expression.length];
  };
  const [start, end] = span(node);
  return { start: Math.max(0, start), end: Math.min(expression.length, end) };
}

/**
 * How GitHub reads an `if:` value. Without `${{`, the whole value is the expression (`bare`). A value
 * that is exactly one `${{ }}` is that expression (`fenced`). Anything else is a string template
 * (`embedded`): `${{ x }} && y`, or a block scalar's `${{ x }}\n` (its trailing newline is text) is
 * pasted into a string, which is never empty, so the condition is always true.
 */
export interface Condition {
  kind: 'bare' | 'fenced' | 'embedded';
  /** The expression GitHub evaluates (for `embedded`, the first one found), as written. */
  expression: string;
  /** Where `expression` starts in the value. */
  offset: number;
  /** The `${{ }}` found in the value (none when bare). */
  found: FoundExpression[];
}

export function readCondition(value: string): Condition {
  const found = findExpressions(value);
  if (!found.length) return { kind: 'bare', expression: value, offset: 0, found };
  const first = found[0]!;
  const inner = value.slice(first.start + 3, first.end - 2);
  const kind = found.length === 1 && first.start === 0 && first.end === value.length ? 'fenced' : 'embedded';
  return { kind, expression: inner, offset: first.start + 3, found };
}

// The expression tree, for audits that read an expression's structure (conditions, secrets access).
export {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star,
  Unary,
  type Expr,
} from '@actions/expressions/ast';
export { StringData, NumberData, BooleanData } from '@actions/expressions/data/index';

/**
 * The value of an expression that reads no context and calls no status function, as the text
 * `${{ }}` would paste (`format('{0}', 'a')` → `a`, `1 != 2` → `true`); undefined when it cannot be
 * evaluated without a run (it reads a context, calls `hashFiles`, `fromJSON` of text that is not JSON).
 */
export function constantText(expr: Expr): string | undefined {
  const contexts: string[] = [];
  collectPaths(expr, contexts);
  if (contexts.length) return undefined;
  try {
    return new Evaluator(expr, new data.Dictionary()).evaluate().coerceString();
  } catch {
    return undefined;
  }
}

/** Every node of an expression tree, parents before children (arguments, operands and indexes in order). */
export function expressionNodes(expr: Expr): Expr[] {
  const out: Expr[] = [];
  const walk = (node: Expr) => {
    out.push(node);
    if (node instanceof Unary) walk(node.expr);
    else if (node instanceof Binary) {
      walk(node.left);
      walk(node.right);
    } else if (node instanceof Logical) node.args.forEach(walk);
    else if (node instanceof Grouping) walk(node.group);
    else if (node instanceof FunctionCall) node.args.forEach(walk);
    else if (node instanceof IndexAccess) {
      walk(node.expr);
      walk(node.index);
    }
  };
  walk(expr);
  return out;
}
