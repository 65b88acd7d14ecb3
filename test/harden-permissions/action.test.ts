// harden-permissions end to end: the bundle under the runner's contract (inputs, outputs, annotations,
// summary, SARIF), the fix (true / diff, idempotent), hostile files, and this repository's own workflows.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, repoRoot, runAction } from '../harness/index.js';

const DEFAULT_TOKEN = `name: ci
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: npm ci && npm test
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write # softprops/action-gh-release: creates the release
      issues: write # not used
    steps:
      - uses: softprops/action-gh-release@v2
`;

// A release job whose only step after the checkout is a script of the repository.
const RELEASE_SCRIPT = `name: release
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      packages: write
      id-token: write
      issues: write
    steps:
      - uses: actions/checkout@v5
      - name: Release
        run: ./scripts/release.sh
`;

const CLEAN = `name: lint
on: push
permissions: {}
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read # actions/checkout: clones the repository
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - run: make lint
`;

const UNKNOWN = `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      deployments: write # the deploy action records the deployment
    steps:
      - uses: acme/deploy-action@v3
`;

describe('harden-permissions action', () => {
  test('reports findings as outputs, annotations at file:line, a summary table, SARIF and the permissions file', async () => {
    const workspace = makeWorkspace({
      '.github/workflows/ci.yml': DEFAULT_TOKEN,
      '.github/workflows/lint.yml': CLEAN,
      '.github/workflows/deploy.yml': UNKNOWN,
    });
    const run = await runAction('harden-permissions', { workspace });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.kind === 'error' && a.file);
    expect(errors).toEqual([
      expect.objectContaining({
        file: '.github/workflows/ci.yml',
        line: 4,
        col: 3,
        message: expect.stringContaining('Job test runs with the default GITHUB_TOKEN permissions'),
      }),
    ]);
    expect(errors[0]!.message).toContain('It needs {contents: read}');
    const warnings = run.annotations
      .filter((a) => a.kind === 'warning')
      .map((a) => `${a.file}:${a.line}:${a.title?.split(':')[0]}`);
    expect(warnings).toContain('.github/workflows/ci.yml:13:excessive-permissions');
    const notices = run.annotations.filter((a) => a.kind === 'notice');
    expect(notices).toContainEqual(
      expect.objectContaining({
        file: '.github/workflows/deploy.yml',
        line: 9,
        col: 15,
        message: expect.stringContaining('acme/deploy-action'),
      }),
    );
    expect(Number(run.outputs.errors)).toBe(1);
    expect(Number(run.outputs.findings)).toBe(run.annotations.filter((a) => a.kind !== 'debug' && a.file).length);

    // SARIF written where the default says, with the same findings.
    expect(run.outputs['sarif-file']).toBe(join(run.runnerTemp, 'harden-permissions.sarif'));
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toHaveLength(Number(run.outputs.findings));
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([
        'excessive-permissions',
        'undocumented-permissions',
        'unknown-action-permissions',
        'invalid-workflow',
      ]),
    );

    // Computed permissions per file per job.
    const permissions = JSON.parse(readFileSync(run.outputs['permissions-file']!, 'utf8'));
    expect(permissions['.github/workflows/ci.yml']).toEqual({
      test: { contents: 'read' },
      release: { contents: 'write' },
    });
    expect(permissions['.github/workflows/lint.yml']).toEqual({ lint: { contents: 'read' } });

    // Summary: the table of current vs computed.
    expect(run.summary).toContain(
      '| .github/workflows/ci.yml | release | {contents: write, issues: write} | {contents: write} | yes |',
    );
    expect(run.summary).toContain(
      '| .github/workflows/deploy.yml | deploy | {deployments: write} | {} | no (1 unknown) |',
    );
  });

  test('a clean workflow passes with zero findings; fail-on and show-summary are honoured', async () => {
    const workspace = makeWorkspace({ '.github/workflows/lint.yml': CLEAN, '.github/workflows/deploy.yml': UNKNOWN });
    const run = await runAction('harden-permissions', {
      workspace,
      inputs: { paths: '.github/workflows/lint.yml', 'show-summary': 'false' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toBe('');
    const strict = await runAction('harden-permissions', { workspace, inputs: { 'fail-on': 'note' } });
    expect(strict.exitCode).toBe(1);
  });

  test('fix: true writes the minimal permissions with reasons, and a second run changes nothing', async () => {
    const workspace = makeWorkspace({ '.github/workflows/ci.yml': DEFAULT_TOKEN.replace(/\n/g, '\r\n') });
    const first = await runAction('harden-permissions', { workspace, inputs: { fix: 'true' } });
    expect(first.outputs['fixed-files']).toBe('.github/workflows/ci.yml');
    const fixed = readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8');
    expect(fixed).toContain('on: push\r\npermissions: {}\r\n\r\njobs:');
    expect(fixed).toContain(
      '  test:\r\n    runs-on: ubuntu-latest\r\n    permissions:\r\n      contents: read # step #1 (actions/checkout): clones the repository\r\n    steps:',
    );
    expect(fixed).toContain(
      '    permissions:\r\n      contents: write # step #1 (softprops/action-gh-release): creates the release and uploads its assets\r\n    steps:',
    );
    expect(fixed.split('\r\n').every((line, i, all) => i === all.length - 1 || !line.includes('\n'))).toBe(true);
    expect(first.exitCode).toBe(0);
    expect(first.outputs.findings).toBe('0');
    const second = await runAction('harden-permissions', { workspace, inputs: { fix: 'true' } });
    expect(second.outputs['fixed-files']).toBe('');
    expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(fixed);
  });

  test('fix: true on a release job keeps every right its script may use, and the run says which step and why', async () => {
    const workspace = makeWorkspace({ '.github/workflows/release.yml': RELEASE_SCRIPT });
    const run = await runAction('harden-permissions', { workspace, inputs: { fix: 'true' } });
    expect(run.exitCode).toBe(0);
    const fixed = readFileSync(join(workspace, '.github/workflows/release.yml'), 'utf8');
    // issues: write goes (no step can reach it); what the script can reach stays, and the checkout keeps its credentials.
    expect(fixed).toContain(
      [
        '    permissions:',
        '      contents: write # kept: step Release: runs ./scripts/release.sh, a script of the repository (+1 more)',
        '      id-token: write # kept: step Release: runs ./scripts/release.sh, a script of the repository',
        '      packages: write # kept: step Release: runs ./scripts/release.sh, a script of the repository',
        '    steps:',
      ].join('\n'),
    );
    expect(fixed).not.toContain('issues: write');
    expect(fixed).not.toContain('persist-credentials');
    expect(run.stdout).toContain(
      '.github/workflows/release.yml: job release: keeps {contents: write, id-token: write, packages: write}: step Release: runs ./scripts/release.sh',
    );
    expect(run.stdout).toContain(
      '.github/workflows/release.yml: job release: checkout keeps its credentials: step Release: ./scripts/release.sh, a script of the repository.',
    );
    // Not "No findings": the kept rights are a note, in the annotations, SARIF and the summary.
    // (and the artipacked warning says why the fix left the checkout alone).
    expect(run.outputs.findings).toBe('2');
    expect(run.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'notice',
          file: '.github/workflows/release.yml',
          message: expect.stringContaining('job release keeps {contents: write, id-token: write, packages: write}'),
        }),
        expect.objectContaining({
          kind: 'warning',
          message: expect.stringContaining('may use them, so the fix leaves this checkout alone'),
        }),
      ]),
    );
    expect(run.summary).toContain(
      '| .github/workflows/release.yml | release | {contents: write, id-token: write, packages: write} | {contents: read} | no (may use more: step Release) |',
    );
    const again = await runAction('harden-permissions', { workspace, inputs: { fix: 'true' } });
    expect(again.outputs['fixed-files']).toBe('');
  });

  test('fix: diff prints a unified diff and writes nothing', async () => {
    const workspace = makeWorkspace({ '.github/workflows/ci.yml': DEFAULT_TOKEN });
    const run = await runAction('harden-permissions', { workspace, inputs: { fix: 'diff' } });
    expect(readFileSync(join(workspace, '.github/workflows/ci.yml'), 'utf8')).toBe(DEFAULT_TOKEN);
    expect(run.outputs['fixed-files']).toBe('.github/workflows/ci.yml');
    expect(run.stdout).toContain('--- a/.github/workflows/ci.yml');
    expect(run.stdout).toContain('+++ b/.github/workflows/ci.yml');
    expect(run.stdout).toMatch(/^\+permissions: \{\}$/m);
    expect(run.stdout).toMatch(/^- {6}issues: write # not used$/m);
    expect(run.exitCode).toBe(1);
  });

  test('hostile files give one clear per-file error each; the other files are still audited', async () => {
    const deep = `${'a:\n'.replace('a:', 'x: [')}${'['.repeat(5000)}${']'.repeat(5000)}]\n`;
    const bomb = ['on: push', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const big = `on: push\njobs:\n${Array.from({ length: 180_000 }, (_, i) => `  # ${'padding '.repeat(6)}${i}`).join('\n')}\n`;
    const workspace = makeWorkspace({
      '.github/workflows/good.yml': DEFAULT_TOKEN,
      '.github/workflows/deep.yml': deep,
      '.github/workflows/bomb.yml': `${bomb.join('\n')}\n`,
      '.github/workflows/big.yml': big,
      '.github/workflows/broken.yml': 'on: push\njobs:\n  a:\n    runs-on: [\n',
    });
    writeFileSync(join(workspace, '.github/workflows/binary.yml'), Buffer.from([0x6f, 0x6e, 0x3a, 0x00, 0xff, 0x10]));
    writeFileSync(
      join(workspace, '.github/workflows/latin1.yml'),
      Buffer.concat([Buffer.from('on: push\nname: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    expect(Buffer.byteLength(big)).toBeGreaterThan(10 * 1024 * 1024);
    const run = await runAction('harden-permissions', { workspace, inputs: { 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    const invalid = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'invalid-workflow');
    const byFile = new Map<string, { line: number; text: string }>(
      invalid.map(
        (r: {
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
          message: { text: string };
        }) => [
          r.locations[0]!.physicalLocation.artifactLocation.uri,
          { line: r.locations[0]!.physicalLocation.region.startLine, text: r.message.text },
        ],
      ),
    );
    expect([...byFile.keys()].sort()).toEqual(
      ['big', 'binary', 'bomb', 'broken', 'deep', 'latin1'].map((n) => `.github/workflows/${n}.yml`),
    );
    expect(byFile.get('.github/workflows/binary.yml')!.text).toMatch(/binary/);
    expect(byFile.get('.github/workflows/latin1.yml')).toEqual({ line: 2, text: expect.stringMatching(/UTF-8/) });
    expect(byFile.get('.github/workflows/big.yml')!.text).toMatch(/bytes/);
    // The good file is audited as usual.
    const good = sarif.runs[0].results.filter(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri === '.github/workflows/good.yml',
    );
    expect(good.length).toBeGreaterThan(0);
  });

  test("this repository's own workflows and templates give zero findings", async () => {
    const paths = ['.github/workflows/*.y*ml', 'workflows-templates/**/*.y*ml', 'actions/*/action.yml'];
    expect(existsSync(join(repoRoot, '.github/workflows'))).toBe(true);
    const run = await runAction('harden-permissions', {
      workspace: repoRoot,
      inputs: {
        paths: paths.join('\n'),
        'fail-on': 'note',
        'show-summary': 'false',
        'sarif-file': join(repoRoot, 'node_modules', '.cache', 'harden-permissions-self.sarif'),
      },
    });
    const messages = run.annotations.filter((a) => a.file).map((a) => `${a.file}:${a.line}: ${a.message}`);
    expect(messages).toEqual([]);
    expect(run.outputs.findings).toBe('0');
    expect(run.exitCode).toBe(0);
    const permissions = JSON.parse(readFileSync(run.outputs['permissions-file']!, 'utf8'));
    expect(Object.keys(permissions).length).toBeGreaterThan(2);
  });
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
  const run = await runAction('harden-permissions', { workspace, inputs: { paths: 'ci', 'fail-on': 'never', ...{} } });
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
