// Reusable workflows called from another repository are read through GitHub's contents API (the
// loopback fake, reached through GITHUB_API_URL) with the github-token input; without it they are unknown.
import { readFileSync } from 'node:fs';
import { startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { makeWorkspace, runAction } from '../harness/index.js';
import { startProxy, UNRESOLVABLE } from '../fakes/proxy.js';

const CALLER = `on: push
permissions: {}
jobs:
  release:
    permissions:
      contents: write # the shared release workflow creates the release
      issues: write # not needed
    uses: octo-org/shared/.github/workflows/release.yml@v1
`;

const CALLED = `on: workflow_call
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: gh release create "$GITHUB_REF_NAME" --generate-notes
        env:
          GH_TOKEN: \${{ github.token }}
`;

let fake: GitHubFake;
beforeEach(async () => {
  fake = await startGitHubFake({ token: 'ghs_reader' });
  const repo = fake.repo('octo-org/shared');
  const sha = repo.commit({ files: { '.github/workflows/release.yml': CALLED } });
  repo.tag('v1', sha);
});
afterEach(() => fake.close());

test('with github-token the called workflow is read through the API and the caller gets its exact need', async () => {
  const workspace = makeWorkspace({ '.github/workflows/release.yml': CALLER });
  const run = await runAction('harden-permissions', {
    workspace,
    inputs: { 'github-token': 'ghs_reader', 'fail-on': 'warning' },
    env: { GITHUB_API_URL: fake.url },
  });
  expect(fake.requestsTo('GET', '/repos/{owner}/{repo}/contents/{path+}').length).toBe(1);
  const permissions = JSON.parse(readFileSync(run.outputs['permissions-file']!, 'utf8'));
  expect(permissions['.github/workflows/release.yml']).toEqual({ release: { contents: 'write' } });
  expect(run.annotations.filter((a) => a.file)).toEqual([
    expect.objectContaining({
      kind: 'warning',
      line: 5,
      message: expect.stringContaining('issues: write (not needed). Minimal: {contents: write}'),
    }),
  ]);
  expect(run.masks).toContain('ghs_reader');
  expect(run.exitCode).toBe(1);
});

test('without a token the call is reported as unknown and the grant is kept', async () => {
  const workspace = makeWorkspace({ '.github/workflows/release.yml': CALLER });
  const run = await runAction('harden-permissions', {
    workspace,
    inputs: { fix: 'true' },
    env: { GITHUB_API_URL: fake.url },
  });
  expect(fake.requests.length).toBe(0);
  expect(run.annotations.filter((a) => a.file)).toEqual([
    expect.objectContaining({
      kind: 'notice',
      line: 8,
      message: expect.stringContaining('give github-token to read it'),
    }),
  ]);
  expect(readFileSync(`${workspace}/.github/workflows/release.yml`, 'utf8')).toBe(CALLER);
  expect(run.exitCode).toBe(0);
});

test('a called workflow the API cannot serve is unknown, with the status in the message', async () => {
  const workspace = makeWorkspace({ '.github/workflows/release.yml': CALLER.replace('@v1', '@v9') });
  const run = await runAction('harden-permissions', {
    workspace,
    inputs: { 'github-token': 'ghs_reader' },
    env: { GITHUB_API_URL: fake.url },
  });
  expect(run.annotations.filter((a) => a.file)).toEqual([
    expect.objectContaining({
      kind: 'notice',
      message: expect.stringMatching(/could not be read: GET .* answered 404/),
    }),
  ]);
});

test('the contents API is reached through HTTPS_PROXY / HTTP_PROXY when the environment names one', async () => {
  const proxy = await startProxy();
  try {
    const workspace = makeWorkspace({ '.github/workflows/release.yml': CALLER });
    const run = await runAction('harden-permissions', {
      workspace,
      inputs: { 'github-token': 'ghs_reader', 'fail-on': 'never' },
      // The API's host resolves nowhere: only the proxy can reach it.
      env: { GITHUB_API_URL: `http://${UNRESOLVABLE}:${new URL(fake.url).port}`, HTTP_PROXY: proxy.url },
    });
    expect(proxy.used.length).toBeGreaterThan(0);
    expect(proxy.used.every((line) => line.includes(UNRESOLVABLE))).toBe(true);
    const permissions = JSON.parse(readFileSync(run.outputs['permissions-file']!, 'utf8'));
    expect(permissions['.github/workflows/release.yml']).toEqual({ release: { contents: 'write' } });
  } finally {
    await proxy.close();
  }
});
