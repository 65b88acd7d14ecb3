import type { Finding } from '@paved-road/core';
import {
  Binary,
  constantText,
  documentExpressions,
  expressionRange,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  parseExpression,
  StringData,
  Unary,
  type Expr,
  type Job,
  type Located,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, rule } from './common.js';

export const obfuscationRule = rule({
  id: 'obfuscation',
  title: 'A `uses:` path or an expression is written in a needlessly roundabout way',
  severity: 'note',
  why:
    'GitHub accepts `uses: actions/checkout/./@v5`, `uses: org/repo/a/../b@v1`, `actions/cache//save@v4` and expressions ' +
    "whose value is fixed (`${{ 'main' }}`, `${{ format('{0}', 'x') }}`, `${{ true || github.sha }}` parts), but none of " +
    'them says anything the plain form does not. They hide what runs from reviewers and from tools that match action names ' +
    'and expressions (pinning, allow-lists, injection checks), which is why code meant to slip through review uses them. ' +
    'A string literal that writes `${{` or `}}` (the only way to put them in a value) is not reported.',
  fix:
    'Write the plain form: the normalized action path (`actions/checkout@v5`, `org/repo/b@v1`), and the value instead of a ' +
    "constant expression (`main` for `${{ 'main' }}`).",
  before: [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout/./@v5',
    "      - run: make ${{ format('{0}', 'release') }}",
  ].join('\n'),
  after: [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '      - run: make release',
  ].join('\n'),
});

/** Functions whose result is fixed when their arguments are (zizmor's list: `fromJSON` is left out). */
const PURE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'format', 'tojson', 'join']);

/** True when the expression's value does not depend on the run: literals, and operators and pure calls over them. */
function isConstant(expr: Expr): boolean {
  if (expr instanceof Literal) return true;
  if (expr instanceof Grouping) return isConstant(expr.group);
  if (expr instanceof Unary) return isConstant(expr.expr);
  if (expr instanceof Binary) return isConstant(expr.left) && isConstant(expr.right);
  if (expr instanceof Logical) return expr.args.every(isConstant);
  if (expr instanceof FunctionCall)
    return PURE_FUNCTIONS.has(expr.functionName.lexeme.toLowerCase()) && expr.args.every(isConstant);
  return false;
}

function children(expr: Expr): Expr[] {
  if (expr instanceof Grouping) return [expr.group];
  if (expr instanceof Unary) return [expr.expr];
  if (expr instanceof Binary) return [expr.left, expr.right];
  if (expr instanceof Logical || expr instanceof FunctionCall) return expr.args;
  if (expr instanceof IndexAccess) return [expr.expr, expr.index];
  return [];
}

/** The largest constant parts of an expression that are more than a literal (a literal argument is plain). */
function constantParts(expr: Expr): Expr[] {
  if (!(expr instanceof Literal) && isConstant(expr)) return [expr];
  return children(expr).flatMap(constantParts);
}

/** A literal that spells `${{` or `}}`: the way to write those characters in a value, not a trick. */
function escapesFence(expr: Expr): boolean {
  return expr instanceof Literal && expr.literal instanceof StringData && /\$\{\{|\}\}/.test(expr.literal.value);
}

/** What a `uses:` path says needlessly (`.`, `..` or empty components), and its plain form when there is one. */
export function usesDetours(uses: string): { detours: string[]; plain?: string } | undefined {
  const value = uses.trim();
  if (value.startsWith('docker://')) return undefined;
  const local = value.startsWith('./');
  const at = local ? -1 : value.lastIndexOf('@');
  const path = at === -1 ? value : value.slice(0, at);
  const ref = at === -1 ? '' : value.slice(at);
  const parts = path.split('/');
  // `./` starts a local path; `owner/repo` starts a remote one. Only what follows can be a detour.
  const head = local ? ['.'] : parts.slice(0, 2);
  const rest = parts.slice(head.length);
  if (!local && parts.length < 2) return undefined;
  const detours = new Set<string>();
  const kept: string[] = [];
  let climbsOut = false;
  // `uses: ./` (the repository's own root action) and `./dir/` are how local paths are written.
  if (local && rest[rest.length - 1] === '') rest.pop();
  for (const part of rest) {
    if (part === '' || part === '.') {
      detours.add(part === '' ? 'an empty path component (`//` or a trailing `/`)' : 'a `.` component');
    } else if (part === '..') {
      detours.add('a `..` component');
      if (kept.length) kept.pop();
      else climbsOut = true;
    } else {
      kept.push(part);
    }
  }
  if (!detours.size) return undefined;
  const plain = climbsOut ? undefined : [...head, ...kept].join('/') + ref;
  return { detours: [...detours], ...(plain !== undefined ? { plain } : {}) };
}

export function auditObfuscation(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  const usesFinding = (uses: Located<string> | undefined, job: Job, step?: Step) => {
    if (!uses) return;
    const found = usesDetours(uses.value);
    if (!found) return;
    const plain = found.plain
      ? `Write ${found.plain}, which names the same thing.`
      : 'It climbs above the repository root: write the path the action is really at.';
    findings.push(
      at(wf, obfuscationRule, uses, `uses: ${uses.value.trim()} has ${found.detours.join(' and ')}. ${plain}`, {
        job,
        ...(step ? { step } : {}),
      }),
    );
  };
  for (const job of wf.jobs) {
    usesFinding(job.uses, job);
    for (const step of job.steps) usesFinding(step.uses, job, step);
  }
  for (const found of documentExpressions(wf)) {
    let ast: Expr | undefined;
    try {
      ast = parseExpression(found.expression);
    } catch {
      continue;
    }
    if (!ast || escapesFence(ast)) continue;
    const where = { ...(found.job ? { job: found.job } : {}), ...(found.step ? { step: found.step } : {}) };
    if (isConstant(ast)) {
      const value = constantText(ast);
      findings.push(
        at(
          wf,
          obfuscationRule,
          found,
          `\${{ ${found.expression} }} reads nothing from the run: its value is always ` +
            `${value === undefined ? 'the same' : `'${value}'`}. Write the value instead of the expression.`,
          where,
        ),
      );
      continue;
    }
    for (const part of constantParts(ast)) {
      const range = expressionRange(found.expression, part);
      const start = found.toPosition(range.start);
      const end = found.toPosition(Math.max(range.start, range.end - 1));
      const written = found.expression.slice(range.start, range.end);
      const value = constantText(part);
      findings.push(
        at(
          wf,
          obfuscationRule,
          { line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 },
          `${written} in \${{ ${found.expression} }} reads nothing from the run: it is always ` +
            `${value === undefined ? 'the same' : `'${value}'`}. Write that value instead.`,
          where,
        ),
      );
    }
  }
  return findings;
}
