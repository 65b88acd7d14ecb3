import type { Finding, RuleDefinition } from '@paved-road/core';
import type { Job, PermissionsBlock, WorkflowFile } from '@paved-road/workflows';
import type { JobPermissions, MayUse, ScopeMap } from './engine.js';
import { SCOPE_LEVELS, SCOPES, type Level, type Scope } from './knowledge/index.js';

export const EXCESSIVE_PERMISSIONS = 'excessive-permissions';
export const UNDOCUMENTED_PERMISSIONS = 'undocumented-permissions';
export const UNKNOWN_ACTION_PERMISSIONS = 'unknown-action-permissions';

export const permissionRules: RuleDefinition[] = [
  {
    id: EXCESSIVE_PERMISSIONS,
    title: 'The GITHUB_TOKEN has more access than the job needs',
    severity: 'error',
    why:
      "Every step of a job, and every action it pulls in, can use the job's GITHUB_TOKEN. With the default token (no " +
      '`permissions:`), `write-all`, or a write scope at workflow level, one compromised dependency or injected script can push ' +
      'code, rewrite releases or approve pull requests. A grant cut to what the job really uses limits what such a step can do.',
    fix:
      'Set `permissions: {}` at the top of the workflow and give each job exactly the map the message names (run with ' +
      '`fix: true` to write it, each scope with a comment saying why).',
    before: [
      'on: push',
      'permissions: write-all',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - run: go test ./...',
    ].join('\n'),
    after: [
      'on: push',
      'permissions: {}',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: read # actions/checkout: clones the repository',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '      - run: go test ./...',
    ].join('\n'),
    action: 'harden-permissions',
  },
  {
    id: UNDOCUMENTED_PERMISSIONS,
    title: 'A write grant has no comment saying why',
    severity: 'note',
    why:
      'A write scope is a standing risk that reviewers must weigh. Without a reason next to it nobody can tell, a year later, ' +
      'whether it is still needed, and write grants only ever grow.',
    fix: 'Add a comment on the same line (or the line above) naming the step that needs the write access.',
    before: ['permissions:', '  contents: write'].join('\n'),
    after: ['permissions:', '  contents: write # softprops/action-gh-release: creates the release'].join('\n'),
    action: 'harden-permissions',
  },
  {
    id: UNKNOWN_ACTION_PERMISSIONS,
    title: "A step's token use cannot be worked out",
    severity: 'note',
    why:
      'The minimal grant is only as good as what is known about every step. An action missing from the knowledge base, a ' +
      'script that hands the token to an arbitrary program, or a called workflow that cannot be read could need any scope, so ' +
      'the job keeps its current grant rather than lose a right that cannot be proved unneeded. A step that runs code the ' +
      'audit does not read (a script of the repository, a make target, `npm run x`, a tool the knowledge base does not know) ' +
      'or a publisher (`npm publish`, `changeset publish`, `mkdocs gh-deploy`, ...) may request an OIDC token and push with ' +
      'the credentials actions/checkout persisted: the job keeps `id-token`, and `contents`, `packages`, `pages` when those ' +
      'credentials are there, wherever they are granted, and its checkout keeps its credentials.',
    fix:
      'Pass the token to that step only if it needs it, read what it does with it, and document the grant; or call the API ' +
      'with `gh` so the scope can be derived. Give `github-token` to read workflows called from other repositories. For a ' +
      'kept right the step does not use, remove it by hand (and set `persist-credentials: false` on a checkout whose ' +
      'credentials no later step pushes with): the audit cannot prove it unused.',
    before: ['- uses: some-org/unknown-action@v1', '  with:', '    token: ${{ github.token }}'].join('\n'),
    after: [
      'permissions:',
      '  issues: write # some-org/unknown-action: comments on the issue (read from its source)',
      '...',
      '- uses: some-org/unknown-action@v1',
      '  with:',
      '    token: ${{ github.token }}',
    ].join('\n'),
    action: 'harden-permissions',
  },
];

/** `{contents: read, issues: write}`; `{}` for nothing. */
export function formatScopes(scopes: ScopeMap): string {
  const entries = (Object.keys(scopes) as Scope[]).sort().map((scope) => `${scope}: ${scopes[scope]}`);
  return `{${entries.join(', ')}}`;
}

/** What a job is granted now: the shorthand, a map (none dropped), or the default token. */
export type Grant =
  | { kind: 'default' }
  | { kind: 'read-all' | 'write-all'; block: PermissionsBlock; level: 'job' | 'workflow' }
  | { kind: 'map'; scopes: ScopeMap; block: PermissionsBlock; level: 'job' | 'workflow' };

export function effectiveGrant(wf: WorkflowFile, job: Job): Grant {
  const block = job.permissions ?? wf.permissions;
  if (!block) return { kind: 'default' };
  const level = job.permissions ? 'job' : 'workflow';
  if (block.kind === 'read-all' || block.kind === 'write-all') return { kind: block.kind, block, level };
  const scopes: ScopeMap = {};
  for (const [name, scope] of block.scopes) {
    if (scope.level !== 'none' && (SCOPES as string[]).includes(name)) scopes[name as Scope] = scope.level;
  }
  return { kind: 'map', scopes, block, level };
}

const RANK: Record<Level, number> = { read: 1, write: 2 };

/** The level of one scope a grant gives (the default token: the write it may give, never id-token). */
function grantedLevel(grant: Grant, scope: Scope): Level | undefined {
  const levels = SCOPE_LEVELS[scope] as readonly Level[];
  switch (grant.kind) {
    case 'default':
      return ['contents', 'packages', 'pages'].includes(scope) ? 'write' : undefined;
    case 'write-all':
      return levels.includes('write') ? 'write' : levels[0];
    case 'read-all':
      return levels.includes('read') ? 'read' : undefined;
    case 'map':
      return grant.scopes[scope];
  }
}

/**
 * Rights the job keeps because a step may use them (`need.mayUse`) and the grant gives them, each
 * with the first step that may use it. Never more than the grant: a kept right is never added.
 */
export function keptRights(grant: Grant, need: JobPermissions): { scopes: ScopeMap; by: Map<Scope, MayUse> } {
  const scopes: ScopeMap = {};
  const by = new Map<Scope, MayUse>();
  for (const use of need.mayUse) {
    for (const right of use.rights) {
      const level = grantedLevel(grant, right);
      if (!level) continue;
      const current = scopes[right];
      if (!current || RANK[level] > RANK[current]) scopes[right] = level;
      if (!by.has(right)) by.set(right, use);
    }
  }
  return { scopes, by };
}

/** What the job should be granted: what it needs, plus the rights kept for the steps that may use them. */
export function targetScopes(
  wf: WorkflowFile,
  job: Job,
  need: JobPermissions,
): { scopes: ScopeMap; kept: ScopeMap; by: Map<Scope, MayUse> } {
  const all = keptRights(effectiveGrant(wf, job), need);
  // Only what goes beyond the need is kept for the steps that may use it.
  const kept: ScopeMap = {};
  const by = new Map<Scope, MayUse>();
  const scopes: ScopeMap = { ...need.scopes };
  for (const [scope, level] of Object.entries(all.scopes) as [Scope, Level][]) {
    const current = scopes[scope];
    if (current && RANK[level] <= RANK[current]) continue;
    scopes[scope] = level;
    kept[scope] = level;
    by.set(scope, all.by.get(scope)!);
  }
  const sorted: ScopeMap = {};
  for (const scope of Object.keys(scopes).sort() as Scope[]) sorted[scope] = scopes[scope]!;
  return { scopes: sorted, kept, by };
}

/** Scopes granted beyond the need: `contents: write (needs read)`, `issues: write (not needed)`. */
export function excess(granted: ScopeMap, needed: ScopeMap): string[] {
  const out: string[] = [];
  for (const scope of Object.keys(granted).sort() as Scope[]) {
    const have = granted[scope]!;
    const want = needed[scope];
    if (!want) out.push(`${scope}: ${have} (not needed)`);
    else if (RANK[have] > RANK[want]) out.push(`${scope}: ${have} (needs ${want})`);
  }
  return out;
}

/** Scopes the job needs that its explicit grant lacks. */
export function missing(granted: ScopeMap, needed: ScopeMap): Scope[] {
  return (Object.keys(needed) as Scope[]).filter(
    (scope) => !granted[scope] || RANK[granted[scope]!] < RANK[needed[scope]!],
  );
}

/** Findings of the three permission rules for one workflow, given what each job needs. */
export function permissionFindings(wf: WorkflowFile, computed: ReadonlyMap<string, JobPermissions>): Finding[] {
  const findings: Finding[] = [];
  if (wf.kind !== 'workflow') return unknownFindings(wf, computed);
  const base = { file: wf.file };
  const top = wf.permissions;

  // Workflow level.
  if (top?.kind === 'write-all' || top?.kind === 'read-all') {
    findings.push({
      ...base,
      rule: EXCESSIVE_PERMISSIONS,
      severity: top.kind === 'write-all' ? 'error' : 'warning',
      message: `permissions: ${top.kind} at workflow level gives every job ${top.kind === 'write-all' ? 'write' : 'read'} access to every scope. Use permissions: {} and grant each job what it needs.`,
      line: top.valuePosition.line,
      column: top.valuePosition.column,
      fix: 'fix: true sets permissions: {} and writes the minimal map for each job',
    });
  } else if (top?.kind === 'map') {
    for (const [name, scope] of top.scopes) {
      if (scope.level !== 'write') continue;
      const inheriting = wf.jobs.filter((job) => !job.permissions && computed.has(job.id));
      const users = inheriting
        .filter((job) => targetScopes(wf, job, computed.get(job.id)!).scopes[name as Scope] === 'write')
        .map((job) => job.id);
      // A job with a step whose token use is unknown may need it: never claim it does not.
      const unexplained = inheriting
        .filter((job) => computed.get(job.id)!.unknown.length > 0 && !users.includes(job.id))
        .map((job) => job.id);
      const holders = [...users, ...unexplained];
      const needText = users.length ? `only ${users.join(', ')} need${users.length === 1 ? 's' : ''} it` : '';
      const mayText = unexplained.length
        ? `${unexplained.join(', ')} may need it (a step's token use could not be worked out)`
        : '';
      findings.push({
        ...base,
        rule: EXCESSIVE_PERMISSIONS,
        severity: 'warning',
        message:
          `${name}: write at workflow level gives every job write access to ${name}` +
          (holders.length
            ? `; ${[needText, mayText].filter(Boolean).join('; ')}: grant it in ${holders.length === 1 ? 'that job' : 'those jobs'}.`
            : '; no job needs it.'),
        line: scope.position.line,
        column: scope.position.column,
        ...(unexplained.length ? {} : { fix: 'fix: true moves the grant to the jobs that need it' }),
      });
    }
  }
  if (top) findings.push(...undocumented(wf, top, undefined));

  for (const job of wf.jobs) {
    const need = computed.get(job.id);
    if (!need) continue;
    const minimal = formatScopes(need.scopes);
    const target = targetScopes(wf, job, need);
    const keptText = formatScopes(target.kept);
    const fixable = need.unknown.length === 0;
    const known = !fixable
      ? `It needs at least ${minimal}; ${need.unknown.length} step use${need.unknown.length === 1 ? '' : 's'} of the token could not be worked out.`
      : keptText !== '{}'
        ? `It needs ${minimal}, and keeps ${keptText} for steps that may use ${Object.keys(target.kept).length === 1 ? 'it' : 'them'}.`
        : `It needs ${minimal}.`;
    const jobBase = { ...base, job: job.id };
    if (!top && !job.permissions) {
      findings.push({
        ...jobBase,
        rule: EXCESSIVE_PERMISSIONS,
        severity: 'error',
        message: `Job ${job.id} runs with the default GITHUB_TOKEN permissions (no permissions: at workflow or job level). ${known}`,
        line: job.position.line,
        column: job.position.column,
        ...(fixable ? { fix: 'fix: true writes the minimal map' } : {}),
      });
    }
    const block = job.permissions;
    if (block && (block.kind === 'write-all' || block.kind === 'read-all')) {
      findings.push({
        ...jobBase,
        rule: EXCESSIVE_PERMISSIONS,
        severity: block.kind === 'write-all' ? 'error' : 'warning',
        message: `Job ${job.id} has permissions: ${block.kind}. ${known}`,
        line: block.valuePosition.line,
        column: block.valuePosition.column,
        ...(fixable ? { fix: 'fix: true writes the minimal map' } : {}),
      });
    } else if (block && fixable) {
      const grant = effectiveGrant(wf, job);
      if (grant.kind === 'map') {
        const extra = excess(grant.scopes, target.scopes);
        if (extra.length) {
          findings.push({
            ...jobBase,
            rule: EXCESSIVE_PERMISSIONS,
            severity: 'warning',
            message: `Job ${job.id} is granted more than it needs: ${extra.join(', ')}. Minimal: ${formatScopes(target.scopes)}${keptText !== '{}' ? ` (${keptText} kept for steps that may use it)` : ''}.`,
            line: block.position.line,
            column: block.position.column,
            fix: 'fix: true writes the minimal map',
          });
        }
      }
    }
    if (block) findings.push(...undocumented(wf, block, job.id));
  }
  for (const finding of [...unknownFindings(wf, computed), ...keptFindings(wf, computed)]) findings.push(finding);
  return findings;
}

/**
 * One note per step for which a job keeps rights: the report names the step and why, so a run that
 * keeps rights never reads as clean. Jobs with unknown uses keep everything and are reported as such.
 */
function keptFindings(wf: WorkflowFile, computed: ReadonlyMap<string, JobPermissions>): Finding[] {
  const out: Finding[] = [];
  for (const job of wf.jobs) {
    const need = computed.get(job.id);
    if (!need || need.unknown.length || !need.mayUse.length) continue;
    const { kept, by } = targetScopes(wf, job, need);
    const perUse = new Map<MayUse, ScopeMap>();
    for (const [scope, use] of by) perUse.set(use, { ...perUse.get(use), [scope]: kept[scope] });
    for (const [use, scopes] of perUse) {
      out.push({
        rule: UNKNOWN_ACTION_PERMISSIONS,
        severity: 'note',
        message: `${use.message}; job ${job.id} keeps ${formatScopes(scopes)}.`,
        file: wf.file,
        line: use.line,
        column: use.column,
        job: job.id,
        ...(use.step ? { step: use.step } : {}),
      });
    }
  }
  return out;
}

function undocumented(wf: WorkflowFile, block: PermissionsBlock, job: string | undefined): Finding[] {
  const out: Finding[] = [];
  const where = job ? `job ${job}` : 'the workflow';
  if (block.kind === 'write-all') {
    return [];
  }
  for (const [name, scope] of block.scopes) {
    if (scope.level !== 'write' || scope.comment) continue;
    out.push({
      rule: UNDOCUMENTED_PERMISSIONS,
      severity: 'note',
      message: `${name}: write in ${where} has no comment saying why it is needed.`,
      file: wf.file,
      line: scope.position.line,
      column: scope.position.column,
      ...(job ? { job } : {}),
    });
  }
  return out;
}

function unknownFindings(wf: WorkflowFile, computed: ReadonlyMap<string, JobPermissions>): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const [jobId, need] of computed) {
    for (const unknown of need.unknown) {
      const key = `${unknown.line}:${unknown.column}:${unknown.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        rule: UNKNOWN_ACTION_PERMISSIONS,
        severity: 'note',
        message:
          wf.kind === 'action'
            ? `${unknown.message}; callers of this action cannot be given an exact grant.`
            : `${unknown.message}; job ${jobId} keeps its current grant.`,
        file: wf.file,
        line: unknown.line,
        column: unknown.column,
        job: jobId,
        ...(unknown.step ? { step: unknown.step } : {}),
      });
    }
  }
  return out;
}
