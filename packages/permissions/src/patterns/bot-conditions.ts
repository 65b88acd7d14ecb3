import type { Finding } from '@paved-road/core';
import {
  Binary,
  contextPath,
  expressionRange,
  FunctionCall,
  Grouping,
  Literal,
  Logical,
  StringData,
  type Expr,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, conditionNodePosition, conditions, OUTSIDER_TRIGGERS, rule } from './common.js';

export const botConditionsRule = rule({
  id: 'bot-conditions',
  title: 'An `if:` trusts a bot by the actor who triggered the run',
  severity: 'error',
  why:
    '`github.actor` (and `github.triggering_actor`, `github.actor_id`, `github.event.sender`) is whoever caused the latest ' +
    'event, not who wrote the change. In a workflow an outsider can start (pull_request_target, issue_comment, workflow_run, ' +
    "...), the outsider can make that actor a bot: a fork's pull request whose branch Dependabot updates runs with " +
    "`github.actor == 'dependabot[bot]'`, so a step meant for Dependabot's own pull requests (auto-merge, secrets) runs for " +
    "the outsider's code. Reported at each `==` against a `[bot]` login or a known bot id, and at `contains`, `startsWith` " +
    'and `endsWith` tests of such a context against a `[bot]` login, in job and step conditions. An error, except in ' +
    'workflows whose only outsider triggers are pull_request events (fork runs get no secrets): a warning there. ' +
    '`!=` and negated checks exclude the bot and are not reported.',
  fix:
    "Check the author of the event's subject, which the bot cannot be made to be for someone else's change: " +
    '`github.event.pull_request.user.login` for pull requests, `github.event.comment.user.login` for comments, ' +
    '`github.event.issue.user.login` for issues.',
  before: [
    'on: pull_request_target',
    'jobs:',
    '  automerge:',
    '    runs-on: ubuntu-latest',
    "    if: github.actor == 'dependabot[bot]'",
    '    steps:',
    '      - run: gh pr merge --auto "$PR"',
  ].join('\n'),
  after: [
    'on: pull_request_target',
    'jobs:',
    '  automerge:',
    '    runs-on: ubuntu-latest',
    "    if: github.event.pull_request.user.login == 'dependabot[bot]'",
    '    steps:',
    '      - run: gh pr merge --auto "$PR"',
  ].join('\n'),
});

/** Contexts naming the actor of the latest event, by login. */
const ACTOR_NAMES = new Set([
  'github.actor',
  'github.triggering_actor',
  'github.event.sender.login',
  'github.event.pull_request.sender.login',
]);

/** The same, by numeric id. */
const ACTOR_IDS = new Set(['github.actor_id', 'github.event.sender.id', 'github.event.pull_request.sender.id']);

/**
 * Ids of well-known bots (their logins carry `[bot]`, their ids do not): dependabot[bot], its
 * integration (29110, often mistaken for the user id), dependabot-preview[bot], renovate[bot].
 */
const BOT_IDS = new Set(['49699333', '29110', '27856297', '29139614']);

/** The login or id contexts an expression test compares, when it is one. */
function actorContext(expr: Expr): { path: string; kind: 'name' | 'id' } | undefined {
  const path = contextPath(expr)?.toLowerCase();
  if (path === undefined) return undefined;
  if (ACTOR_NAMES.has(path)) return { path, kind: 'name' };
  if (ACTOR_IDS.has(path)) return { path, kind: 'id' };
  return undefined;
}

function literalText(expr: Expr): string | undefined {
  if (!(expr instanceof Literal)) return undefined;
  return expr.literal.coerceString();
}

/** A literal that names a bot: a `[bot]` login (for a login context) or a known bot id (for an id context). */
function namesBot(expr: Expr, kind: 'name' | 'id'): boolean {
  const text = literalText(expr);
  if (text === undefined) return false;
  if (kind === 'name') return (expr as Literal).literal instanceof StringData && /\[bot\]$/i.test(text.trim());
  return BOT_IDS.has(text.trim());
}

/** `fromJSON('["dependabot[bot]", ...]')` or a literal string mentioning `[bot]`: a list of bots to test against. */
function mentionsBot(expr: Expr): boolean {
  if (expr instanceof FunctionCall && expr.functionName.lexeme.toLowerCase() === 'fromjson' && expr.args.length === 1)
    return mentionsBot(expr.args[0]!);
  const text = literalText(expr);
  return text !== undefined && expr instanceof Literal && expr.literal instanceof StringData && /\[bot\]/i.test(text);
}

interface BotCheck {
  node: Expr;
  actor: string;
  /** True when the check alone can make the whole condition true (nothing else is required with `&&`). */
  decides: boolean;
}

/** The bot checks of a condition, with whether each one decides it (zizmor's "dominating"). */
function botChecks(expr: Expr, decides: boolean, out: BotCheck[]): void {
  if (expr instanceof Grouping) return botChecks(expr.group, decides, out);
  if (expr instanceof Logical) {
    const or = expr.operator.lexeme === '||';
    for (const arg of expr.args) botChecks(arg, decides && or, out);
    return;
  }
  if (expr instanceof Binary) {
    if (expr.operator.lexeme !== '==') return;
    for (const [side, other] of [
      [expr.left, expr.right],
      [expr.right, expr.left],
    ] as const) {
      const actor = actorContext(side);
      if (actor && namesBot(other, actor.kind)) {
        out.push({ node: expr, actor: actor.path, decides });
        return;
      }
    }
    return;
  }
  if (expr instanceof FunctionCall) {
    const name = expr.functionName.lexeme.toLowerCase();
    if (!['contains', 'startswith', 'endswith'].includes(name)) return;
    const actorArg = expr.args.findIndex((arg) => actorContext(arg)?.kind === 'name');
    if (actorArg !== -1 && expr.args.some((arg, i) => i !== actorArg && mentionsBot(arg)))
      out.push({ node: expr, actor: actorContext(expr.args[actorArg]!)!.path, decides });
  }
  // `!` (a negated check excludes the bot), comparisons other than `==`, and other calls grant nothing.
}

/** Per trigger, the context naming the author of the event's subject (what the bot cannot be made to be). */
const AUTHOR_CONTEXTS: Record<string, string> = {
  pull_request: "github.event.pull_request.user.login (the pull request's author)",
  pull_request_target: "github.event.pull_request.user.login (the pull request's author)",
  pull_request_review: "github.event.review.user.login (the review's author)",
  pull_request_review_comment: "github.event.comment.user.login (the comment's author)",
  issue_comment: "github.event.comment.user.login (the comment's author)",
  discussion_comment: "github.event.comment.user.login (the comment's author)",
  issues: "github.event.issue.user.login (the issue's author)",
  discussion: "github.event.discussion.user.login (the discussion's author)",
};

/** Outsider triggers whose runs from forks get neither secrets nor a token that can write. */
const FORK_LIMITED_TRIGGERS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

export function auditBotConditions(wf: WorkflowFile): Finding[] {
  if (wf.kind !== 'workflow') return [];
  const outsiders = wf.triggers.filter((t) => OUTSIDER_TRIGGERS.has(t.name)).map((t) => t.name);
  if (!outsiders.length) return [];
  const severity = outsiders.every((name) => FORK_LIMITED_TRIGGERS.has(name)) ? 'warning' : 'error';
  const authors = [...new Set(outsiders.map((name) => AUTHOR_CONTEXTS[name]))];
  const author =
    authors.length === 1 && authors[0] !== undefined
      ? `Check ${authors[0]} instead`
      : "Check the author of the event's subject instead (github.event.pull_request.user.login, github.event.comment.user.login, ...)";
  const findings: Finding[] = [];
  for (const placed of conditions(wf)) {
    if (!placed.ast || placed.condition.kind === 'embedded') continue;
    const checks: BotCheck[] = [];
    botChecks(placed.ast, true, checks);
    for (const check of checks) {
      const range = expressionRange(placed.condition.expression, check.node);
      const written = placed.condition.expression.slice(range.start, range.end);
      const alone = check.decides
        ? 'it alone lets the ' + (placed.step ? 'step' : 'job') + ' run'
        : 'it is one of the checks that let the ' + (placed.step ? 'step' : 'job') + ' run';
      findings.push({
        ...at(
          wf,
          botConditionsRule,
          conditionNodePosition(placed, check.node),
          `${written} trusts ${check.actor}, the actor of the latest event (${alone}): in this ${outsiders.join(' / ')} ` +
            `workflow an outsider can make that actor a bot, e.g. by having Dependabot update a fork's pull request. ${author}.`,
          { job: placed.job, ...(placed.step ? { step: placed.step } : {}) },
        ),
        severity,
      });
    }
  }
  return findings;
}
