import type { Finding } from '@paved-road/core';
import {
  findExpressions,
  expressionContexts,
  type Job,
  type Position,
  type Step,
  type WorkflowFile,
} from '@paved-road/workflows';
import { at, jobTokenMayWrite, jobUsesSecrets, PRIVILEGED_PR_TRIGGERS, rule, stepUses } from './common.js';

export const dangerousTriggersRule = rule({
  id: 'dangerous-triggers',
  title: 'pull_request_target or workflow_run runs with privileges for outsiders',
  severity: 'warning',
  why:
    '`pull_request_target` and `workflow_run` run in the base repository with its secrets and a token that can write, ' +
    "for events a fork's author starts. On their own they run trusted code; checking out or running the pull request's " +
    "code (its head ref or SHA, `refs/pull/*`, `gh pr checkout`) hands those privileges to the pull request's author " +
    '(a "pwn request"). A warning for the trigger; an error where such a workflow runs pull request code in a job that has ' +
    'secrets or a token that can write. `issue_comment` runs the same way for a comment anyone can post: it is reported ' +
    'only where it checks out the pull request commented on.',
  fix:
    'Prefer `pull_request` (no secrets, read-only token for forks). If the privileged trigger is needed, never check out or ' +
    'run the pull request there: build in a `pull_request` workflow, and only consume its results (as data, never as code) ' +
    'in the privileged one, with `permissions:` cut to what it needs.',
  before: [
    'on: pull_request_target',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    '          ref: ${{ github.event.pull_request.head.sha }}',
    '      - run: npm test',
    '        env:',
    '          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
  ].join('\n'),
  after: [
    'on: pull_request',
    'permissions: {}',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read # actions/checkout',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    '          persist-credentials: false',
    '      - run: npm test',
  ].join('\n'),
});

/** Context paths that name the pull request's own code (not the base branch). */
const PR_HEAD_CONTEXTS = [
  'github.event.pull_request.head.sha',
  'github.event.pull_request.head.ref',
  'github.event.pull_request.head.repo.full_name',
  'github.head_ref',
  'github.event.workflow_run.head_sha',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_commit.id',
  'github.event.workflow_run.head_repository.full_name',
  'github.event.workflow_run.pull_requests.*.head.sha',
  'github.event.workflow_run.pull_requests.*.head.ref',
];

function namesPrHead(text: string): boolean {
  if (/refs\/pull\//.test(text)) return true;
  for (const found of findExpressions(text)) {
    if (expressionContexts(found.expression).some((path) => PR_HEAD_CONTEXTS.includes(path))) return true;
  }
  return false;
}

function namesCommentedPr(text: string): boolean {
  return findExpressions(text).some((found) =>
    expressionContexts(found.expression).some((path) => /^steps\.[^.]+\.outputs\.\S*(sha|ref|head)/i.test(path)),
  );
}

/**
 * Where a step checks out or fetches the pull request's code, if it does. With `issueComment`, a
 * checkout of a ref computed by an earlier step (`steps.pr.outputs.head_sha`) counts too: that is how
 * comment-triggered workflows find the pull request commented on.
 */
export function prCodeCheckout(step: Step, issueComment = false): { position: Position; how: string } | undefined {
  if (stepUses(step, 'actions/checkout')) {
    for (const input of ['ref', 'repository']) {
      const value = step.with.get(input);
      if (value && (namesPrHead(value.value) || (issueComment && namesCommentedPr(value.value))))
        return { position: value, how: `actions/checkout with ${input}: ${value.value.trim()}` };
    }
  }
  const run = step.run;
  if (run) {
    const patterns: Array<[RegExp, string]> = [
      [/\bgh\s+pr\s+checkout\b/, 'gh pr checkout'],
      [/\bgit\s+(?:fetch|pull)\b[^\n]*\bpull\/[^\s]*\/(?:head|merge)/, 'git fetch of refs/pull/*'],
      [/\brefs\/pull\//, 'refs/pull/*'],
    ];
    for (const [pattern, how] of patterns) {
      const match = pattern.exec(run.text);
      if (match) return { position: run.offsetToPosition(match.index), how };
    }
    for (const found of findExpressions(run.text, run.offsetToPosition)) {
      const lineStart = run.text.lastIndexOf('\n', found.start) + 1;
      const lineEnd = run.text.indexOf('\n', found.end);
      const line = run.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      if (
        /\bgit\s+(?:fetch|checkout|switch|pull|reset|worktree)\b/.test(line) &&
        expressionContexts(found.expression).some((path) => PR_HEAD_CONTEXTS.includes(path))
      ) {
        return { position: { line: found.line!, column: found.column! }, how: `git with \${{ ${found.expression} }}` };
      }
    }
  }
  return undefined;
}

/**
 * `issue_comment` also runs in the base repository (secrets, a token that can write) for a comment anyone
 * can post. It is not reported on its own (most comment bots are fine), only where it runs PR code.
 */
const CHECKOUT_SENSITIVE_TRIGGERS = new Set([...PRIVILEGED_PR_TRIGGERS, 'issue_comment']);

export function auditDangerousTriggers(wf: WorkflowFile): Finding[] {
  const privileged = wf.triggers.filter((t) => PRIVILEGED_PR_TRIGGERS.has(t.name));
  const sensitive = wf.triggers.filter((t) => CHECKOUT_SENSITIVE_TRIGGERS.has(t.name));
  if (!sensitive.length) return [];
  const issueComment = sensitive.some((t) => t.name === 'issue_comment');
  const names = sensitive.map((t) => t.name).join(' and ');
  const errors: Finding[] = [];
  for (const job of wf.jobs) {
    const checkouts = job.steps
      .map((step) => ({ step, checkout: prCodeCheckout(step, issueComment) }))
      .filter((c) => c.checkout);
    if (!checkouts.length) continue;
    const privileges = privilegesOf(wf, job);
    if (!privileges.length) continue;
    for (const { step, checkout } of checkouts) {
      errors.push({
        ...at(
          wf,
          dangerousTriggersRule,
          checkout!.position,
          `This ${names} workflow runs the pull request's code (${checkout!.how}) in job ${job.id}, which has ${privileges.join(' and ')}: ` +
            "the pull request's author can use them. Build untrusted code in a pull_request workflow instead.",
          { job, step },
        ),
        severity: 'error',
      });
    }
  }
  if (errors.length) return errors;
  // issue_comment alone is not reported.
  return privileged.map((trigger) =>
    at(
      wf,
      dangerousTriggersRule,
      trigger.position,
      `${trigger.name} runs with the base repository's secrets and a token that can write, for events outsiders start. ` +
        "It is safe only while no step checks out or runs the pull request's code; prefer pull_request where you can.",
    ),
  );
}

function privilegesOf(wf: WorkflowFile, job: Job): string[] {
  const out: string[] = [];
  if (jobUsesSecrets(wf, job)) out.push('secrets');
  if (jobTokenMayWrite(wf, job))
    out.push(
      (job.permissions ?? wf.permissions)
        ? 'a token that can write'
        : 'the default token (write access unless the repository restricts it)',
    );
  return out;
}
