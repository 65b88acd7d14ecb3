import type { Finding } from '@paved-road/core';
import type { Job, Located, Step, WorkflowFile } from '@paved-road/workflows';
import { at, rule } from './common.js';
import type { AuditSettings } from './settings.js';

export const forbiddenUsesRule = rule({
  id: 'forbidden-uses',
  title: 'A `uses:` the policy forbids',
  severity: 'error',
  why:
    'Every action and reusable workflow a job uses runs with its token and secrets, so which ones may run is a decision ' +
    'for the organization, written down once. This audit is opt-in: it runs when the policy sets ' +
    '`harden-permissions: forbidden-uses:` to `{allow: [patterns]}` (only matching `uses:` may run, every other is ' +
    'reported) or `{deny: [patterns]}` (matching ones are reported). A pattern is `owner/repo[/path][@ref]`, compared ' +
    'without regard to case except the ref: `owner/repo` is that repository at any ref and no sub-path, ' +
    '`owner/repo/path` that sub-path, `@ref` narrows it to one ref; `*` matches within one part (`actions/setup-*`), a ' +
    'trailing `/*` matches everything below (`github/codeql-action/*` is the repository and every path in it, `octo-org/*` ' +
    'every repository of the owner) and `*` alone matches everything. Local (`./`) and `docker://` uses are not ' +
    'checked, nor what an action itself runs: this reads the `uses:` lines as written.',
  fix: 'Use an allowed action instead, or, when this one is intended, add it to the policy (a reviewed change).',
  before: [
    '# .github/paved-road.yml',
    'harden-permissions:',
    '  forbidden-uses:',
    '    allow: [actions/*, github/codeql-action/*]',
    '',
    '# workflow',
    'steps:',
    '  - uses: someone/deploy-action@v2',
  ].join('\n'),
  after: ['steps:', '  - uses: actions/deploy-pages@v4'].join('\n'),
});

/** `owner/repo[/path]` and the ref of a `uses:` in another repository; undefined for local and docker ones. */
function splitUses(uses: string): { name: string; ref: string | undefined } | undefined {
  const value = uses.trim();
  if (value.startsWith('./') || value.startsWith('../') || value.startsWith('docker://') || !value.includes('/'))
    return undefined;
  const at = value.lastIndexOf('@');
  return at === -1 ? { name: value, ref: undefined } : { name: value.slice(0, at), ref: value.slice(at + 1) };
}

function globPart(pattern: string, flags: string): RegExp {
  const source = pattern
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`, flags);
}

/** True when `uses` (`owner/repo[/path]@ref`) matches a repository pattern (see the rule's text). */
export function usesMatches(pattern: string, uses: string): boolean {
  const target = splitUses(uses);
  if (!target) return false;
  if (pattern.trim() === '*') return true;
  const at = pattern.lastIndexOf('@');
  const namePattern = (at === -1 ? pattern : pattern.slice(0, at)).trim().replace(/\/+$/, '');
  const refPattern = at === -1 ? undefined : pattern.slice(at + 1).trim();
  if (refPattern !== undefined && (target.ref === undefined || !globPart(refPattern, '').test(target.ref)))
    return false;
  const name = target.name.replace(/\/+$/, '');
  if (namePattern.endsWith('/*')) {
    // Everything below the prefix, and the prefix itself when it names a repository (`owner/repo/*`).
    const prefix = namePattern.slice(0, -2);
    const prefixParts = prefix.split('/').length;
    const parts = name.split('/');
    if (parts.length < prefixParts) return false;
    return globPart(prefix, 'i').test(parts.slice(0, prefixParts).join('/'));
  }
  return globPart(namePattern, 'i').test(name);
}

function verdict(settings: AuditSettings, uses: string): string | undefined {
  const policy = settings.forbiddenUses;
  if (!policy || !splitUses(uses)) return undefined;
  if ('allow' in policy) {
    if (policy.allow.some((pattern) => usesMatches(pattern, uses))) return undefined;
    return `${uses} is not in the policy's forbidden-uses allow list`;
  }
  const denied = policy.deny.find((pattern) => usesMatches(pattern, uses));
  return denied === undefined ? undefined : `${uses} matches ${denied} in the policy's forbidden-uses deny list`;
}

export function auditForbiddenUses(wf: WorkflowFile, settings: AuditSettings = {}): Finding[] {
  if (!settings.forbiddenUses) return [];
  const findings: Finding[] = [];
  const check = (uses: Located<string>, where: { job?: Job; step?: Step }): void => {
    const why = verdict(settings, uses.value);
    if (why)
      findings.push(
        at(
          wf,
          forbiddenUsesRule,
          uses,
          `${why}. Use an allowed one, or add it to the policy if it is intended.`,
          where,
        ),
      );
  };
  for (const job of wf.jobs) {
    const where = job.composite ? {} : { job };
    if (job.uses) check(job.uses, where);
    for (const step of job.steps) if (step.uses) check(step.uses, { ...where, step });
  }
  return findings;
}
