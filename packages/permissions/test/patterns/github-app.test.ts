import { githubAppRule } from '../../src/patterns/index.js';
import { audit, pos, where } from './helpers.js';

const RULE = 'github-app';

function workflow(steps: string): string {
  return `on: [push, pull_request]
permissions: {}
jobs:
  github-app:
    runs-on: ubuntu-latest
    steps:
${steps}`;
}

const APP = `          client-id: \${{ vars.APP_CLIENT_ID }}
          private-key: \${{ secrets.APP_PRIVATE_KEY }}
`;

describe('github-app', () => {
  it('reports skip-token-revoke: true or an expression, at its value', () => {
    const text =
      workflow(`      - uses: actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1
        with:
          skip-token-revoke: true
${APP}          permission-issues: write
      - uses: actions/create-github-app-token@v3
        with:
          skip-token-revoke: \${{ github.ref_name == 'main' }}
${APP}          permission-issues: write
      - uses: actions/create-github-app-token@v3
        with:
          skip-token-revoke: false
${APP}          permission-issues: write
`);
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'true\n', 'warning'), pos(text, '${{ github.ref_name', 'warning')]);
    expect(findings[0]).toMatchObject({ job: 'github-app', step: '#1' });
    expect(findings[0]!.message).toContain('revoked');
  });

  it('reports owner: without repositories:, unless the token only asks for organization permissions', () => {
    const text = workflow(`      - uses: actions/create-github-app-token@v3
        with:
          owner: first
${APP}          permission-issues: write
      - uses: actions/create-github-app-token@v3
        with:
          owner: second
          repositories: github/docs
${APP}          permission-issues: write
      - uses: actions/create-github-app-token@v3
        with:
          owner: third
${APP}          permission-members: write
      - uses: actions/create-github-app-token@v3
        with:
          owner: fourth
${APP}          permission-members: write
          permission-issues: write
`);
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([pos(text, 'first', 'warning'), pos(text, 'fourth', 'warning')]);
    expect(findings[0]!.message).toContain("every repository of first's app installation");
  });

  it('reports a token without permission-<name> inputs at its uses, and both findings of an unscoped owner token', () => {
    const text = workflow(`      - uses: actions/create-github-app-token@v3
        with:
          owner: github
${APP}      - uses: actions/create-github-app-token@v3
        with:
${APP}      - uses: tibdex/github-app-token@v2
        with:
          app_id: 1
`);
    const { findings } = audit(text, RULE);
    expect(where(findings)).toEqual([
      pos(text, 'actions/create-github-app-token@v3', 'warning', 1),
      pos(text, 'github\n', 'warning'),
      pos(text, 'actions/create-github-app-token@v3', 'warning', 2),
    ]);
    expect(findings[0]!.message).toContain('every permission of the app installation');
  });

  it('documents an example the rule reports, and a fix it does not', () => {
    expect(audit(githubAppRule.before!, RULE).findings).toHaveLength(1);
    expect(audit(githubAppRule.after!, RULE).findings).toEqual([]);
  });
});
