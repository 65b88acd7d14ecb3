import type { RuleDefinition } from './rules.js';

/** An exception in the policy file past its `expires` date. */
export const EXPIRED_EXCEPTION = 'expired-exception';
/** A `# paved-road: ignore[...]` comment without a reason, or naming a rule that does not exist. */
export const INVALID_SUPPRESSION = 'invalid-suppression';

/**
 * Rules every audit can report, whatever the command: they come from the policy file and inline
 * suppressions, not from the audited files' content. Documented in docs/policy.md.
 */
export const coreRules: RuleDefinition[] = [
  {
    id: EXPIRED_EXCEPTION,
    title: 'Policy exception has expired',
    severity: 'error',
    why:
      'An exception turns a finding off. Once its date has passed nobody has re-checked that the reason still holds, ' +
      'so it waives nothing any more and is reported instead: an exception must stay visible and time-bound, never permanent.',
    fix:
      'Fix the findings it covered and delete the exception, or renew it: set a new `expires` date and write down why ' +
      'the reason still holds (and who owns it).',
    before: [
      'exceptions:',
      '  - rule: excessive-permissions',
      '    path: .github/workflows/release.yml',
      '    owner: "@octo-org/release"',
      '    reason: the release job pushes tags until the tag ruleset lands',
      '    expires: 2025-01-31',
    ].join('\n'),
    after: [
      'exceptions:',
      '  - rule: excessive-permissions',
      '    path: .github/workflows/release.yml',
      '    owner: "@octo-org/release"',
      '    reason: tag ruleset still blocked on org admin review (INFRA-412)',
      '    expires: 2025-04-30',
    ].join('\n'),
    action: 'core',
  },
  {
    id: INVALID_SUPPRESSION,
    title: 'Inline suppression is not valid',
    severity: 'warning',
    why:
      'A suppression hides a finding at the place it occurs. Without a reason a reviewer cannot tell a considered decision ' +
      'from a silenced alarm, so a reason-less suppression is not obeyed. A suppression naming an unknown rule suppresses ' +
      'nothing (often a typo) and is reported as a note.',
    fix: 'Write why after the brackets: `# paved-road: ignore[rule-id] why this is safe here`, and use rule ids from the rules list.',
    before: ['permissions:', '  contents: write # paved-road: ignore[excessive-permissions]'].join('\n'),
    after: [
      'permissions:',
      '  contents: write # paved-road: ignore[excessive-permissions] the job pushes the changelog commit',
    ].join('\n'),
    action: 'core',
  },
];
