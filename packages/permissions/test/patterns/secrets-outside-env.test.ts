import { audit, pos, where } from './helpers.js';

const RULE = 'secrets-outside-env';
const FILE = '.github/workflows/test.yml';

const DEPLOY = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      REGION: \${{ secrets.REGION }}
    steps:
      - run: ./deploy.sh --key "\${{ secrets.API_KEY }}"
      - uses: some/action@v1
        with:
          token: \${{ secrets.GITHUB_TOKEN }}
          other: \${{ github.token }}
  release:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./release.sh
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`;

describe('secrets-outside-env', () => {
  it('reports nothing unless the policy asks for environments', () => {
    expect(audit(DEPLOY, RULE).findings).toEqual([]);
  });

  it('with secrets-require-environment: true, reports every secret but GITHUB_TOKEN read by a job without an environment', () => {
    const { findings } = audit(DEPLOY, RULE, FILE, { secretsRequireEnvironment: true });
    expect(where(findings)).toEqual([
      pos(DEPLOY, '${{ secrets.REGION }}', 'warning'),
      pos(DEPLOY, '${{ secrets.API_KEY }}', 'warning'),
    ]);
    expect(findings[0]).toMatchObject({ job: 'deploy', message: expect.stringContaining('secret REGION') });
    expect(findings[1]).toMatchObject({
      job: 'deploy',
      step: '#1',
      message: expect.stringContaining('secret API_KEY'),
    });
  });

  it('with a list, reports only those secrets (names compared case-insensitively)', () => {
    const { findings } = audit(DEPLOY, RULE, FILE, { secretsRequireEnvironment: ['API_KEY', 'NPM_TOKEN'] });
    expect(where(findings)).toEqual([pos(DEPLOY, '${{ secrets.API_KEY }}', 'warning')]);
    const lower = DEPLOY.replace('secrets.API_KEY', 'secrets.api_key');
    expect(where(audit(lower, RULE, FILE, { secretsRequireEnvironment: ['API_KEY'] }).findings)).toEqual([
      pos(lower, '${{ secrets.api_key }}', 'warning'),
    ]);
  });

  it('reports the whole secrets context (any secret may be read through it)', () => {
    const text = `on: push
jobs:
  dump:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$ALL" > /tmp/s
        env:
          ALL: \${{ toJSON(secrets) }}
`;
    const { findings } = audit(text, RULE, FILE, { secretsRequireEnvironment: ['API_KEY'] });
    expect(where(findings)).toEqual([pos(text, '${{ toJSON(secrets) }}', 'warning')]);
    expect(findings[0]!.message).toContain('the secrets context');
  });

  it('leaves reusable workflows and the jobs that call them alone', () => {
    const called = `on:
  workflow_call:
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ secrets.API_KEY }}"
`;
    expect(audit(called, RULE, FILE, { secretsRequireEnvironment: true }).findings).toEqual([]);
    const caller = `on: push
jobs:
  call:
    uses: org/repo/.github/workflows/deploy.yml@v1
    secrets:
      key: \${{ secrets.API_KEY }}
`;
    expect(audit(caller, RULE, FILE, { secretsRequireEnvironment: true }).findings).toEqual([]);
  });
});
