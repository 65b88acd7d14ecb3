import type { Finding } from '@paved-road/core';
import type { WorkflowFile } from '@paved-road/workflows';
import { at, rule, stepUses } from './common.js';

export const githubAppRule = rule({
  id: 'github-app',
  title: 'A GitHub App token gets more than the job needs',
  severity: 'warning',
  why:
    'actions/create-github-app-token issues an installation token of a GitHub App. Without a `permission-<name>` input the ' +
    'token carries every permission the installation was granted, often far more than the step uses (contents: write, ' +
    'workflows, administration); with `owner:` and no `repositories:` it reaches every repository of that installation, not ' +
    'just this one (unless it only asks for organization permissions); `skip-token-revoke: true` leaves it valid for up to ' +
    'an hour after the job instead of revoking it when the job ends. Whoever gets the token (a compromised step, a log) gets all of that.',
  fix:
    'Name the permissions the step needs (`permission-contents: read`, `permission-pull-requests: write`), list the ' +
    '`repositories:` next to `owner:`, and remove `skip-token-revoke`.',
  before: [
    'on: pull_request_target',
    'jobs:',
    '  label:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/create-github-app-token@v2',
    '        id: app',
    '        with:',
    '          app-id: ${{ vars.APP_ID }}',
    '          private-key: ${{ secrets.APP_KEY }}',
    '      - run: gh pr edit "$PR" --add-label triage',
    '        env:',
    '          GH_TOKEN: ${{ steps.app.outputs.token }}',
    '          PR: ${{ github.event.pull_request.html_url }}',
  ].join('\n'),
  after: [
    'on: pull_request_target',
    'jobs:',
    '  label:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/create-github-app-token@v2',
    '        id: app',
    '        with:',
    '          app-id: ${{ vars.APP_ID }}',
    '          private-key: ${{ secrets.APP_KEY }}',
    '          permission-pull-requests: write',
    '      - run: gh pr edit "$PR" --add-label triage',
    '        env:',
    '          GH_TOKEN: ${{ steps.app.outputs.token }}',
    '          PR: ${{ github.event.pull_request.html_url }}',
  ].join('\n'),
});

/**
 * Permissions of organization resources only (from create-github-app-token's action.yml): a token
 * limited to these needs no `repositories:`, since it acts on no repository.
 */
const ORGANIZATION_PERMISSIONS = new Set([
  'permission-members',
  'permission-custom-properties-for-organizations',
  'permission-enterprise-custom-properties-for-organizations',
  'permission-organization-administration',
  'permission-organization-announcement-banners',
  'permission-organization-copilot-seat-management',
  'permission-organization-custom-org-roles',
  'permission-organization-custom-properties',
  'permission-organization-custom-roles',
  'permission-organization-events',
  'permission-organization-hooks',
  'permission-organization-packages',
  'permission-organization-personal-access-token-requests',
  'permission-organization-personal-access-tokens',
  'permission-organization-plan',
  'permission-organization-projects',
  'permission-organization-secrets',
  'permission-organization-self-hosted-runners',
  'permission-organization-user-blocking',
]);

export function auditGithubApp(wf: WorkflowFile): Finding[] {
  const findings: Finding[] = [];
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!stepUses(step, 'actions/create-github-app-token')) continue;
      const names = [...step.with.keys()].map((name) => name.toLowerCase());
      const permissions = names.filter((name) => name.startsWith('permission-'));
      if (!permissions.length)
        findings.push(
          at(
            wf,
            githubAppRule,
            step.uses!,
            'The app token is created without a permission-<name> input, so it carries every permission of the app installation. Name the permissions the job needs (permission-contents: read, ...).',
            { job, step },
          ),
        );
      const owner = step.with.get('owner');
      const organizationOnly =
        permissions.length > 0 && permissions.every((name) => ORGANIZATION_PERMISSIONS.has(name));
      if (owner && !names.includes('repositories') && !organizationOnly)
        findings.push(
          at(
            wf,
            githubAppRule,
            owner,
            `owner: without repositories: gives the token access to every repository of ${owner.value || 'the owner'}'s app installation. List the repositories it needs (repositories: repo1,repo2).`,
            { job, step },
          ),
        );
      const skip = step.with.get('skip-token-revoke');
      const skipValue = skip?.value.trim().toLowerCase();
      if (skip && (skipValue === 'true' || skipValue?.includes('${{')))
        findings.push(
          at(
            wf,
            githubAppRule,
            skip,
            `skip-token-revoke: ${skip.value.trim()} keeps the token valid after the job ends (up to an hour). Remove it so the token is revoked when the job is done.`,
            { job, step },
          ),
        );
    }
  }
  return findings;
}
