// `paved-road pipeline` on repositories of other ecosystems, made here: an npm package with a dist/,
// a Go module with a binary, a Python project with a wheel (the build commands write stand-in bytes;
// no toolchain is needed). Subjects come from --subject-path or the policy's release.artifacts.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeWorkspace, runCli } from '../harness/index.js';

interface Shape {
  name: string;
  files: Record<string, string>;
  build: string;
  /** --subject-path; absent: the policy in `files` names them. */
  subjectPath?: string;
  subjects: string[];
}

const SHAPES: Shape[] = [
  {
    name: 'npm package with a dist',
    files: {
      'package.json': JSON.stringify({ name: 'widget', version: '2.1.0', dependencies: { 'left-pad': '1.3.0' } }),
      'package-lock.json': JSON.stringify({
        name: 'widget',
        version: '2.1.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'widget', version: '2.1.0', dependencies: { 'left-pad': '1.3.0' } },
          'node_modules/left-pad': {
            version: '1.3.0',
            resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
            integrity:
              'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQTlOTLy+ZpUN2Ri7RrjKu2qPkhJR5MCwqUs/S3hkzdxTqJQ==',
          },
        },
      }),
    },
    build:
      "mkdir -p dist && printf 'export default 1;\\n' > dist/index.js && printf 'module.exports = 1;\\n' > dist/index.cjs",
    subjectPath: 'dist/*',
    subjects: ['dist/index.cjs', 'dist/index.js'],
  },
  {
    name: 'Go module with a binary',
    files: {
      'go.mod': 'module example.com/tool\n\ngo 1.22\n\nrequire golang.org/x/sys v0.20.0\n',
      'go.sum':
        'golang.org/x/sys v0.20.0 h1:Od9JTbYCk261bKm4M/mw7AklTlFYIa0bIp9BgSm1S8Y=\ngolang.org/x/sys v0.20.0/go.mod h1:/VUhepiaJMQUp4+oa/7Zr1D23ma6VTLIYjOOTFZPUcA=\n',
      '.github/paved-road.yml': 'version: 1\nrelease:\n  artifacts:\n    - bin/tool-linux-amd64\n',
    },
    build: "mkdir -p bin && printf '\\177ELF stand-in\\n' > bin/tool-linux-amd64",
    subjects: ['bin/tool-linux-amd64'],
  },
  {
    name: 'Python project with a wheel',
    files: {
      'pyproject.toml': '[project]\nname = "parser"\nversion = "0.4.0"\ndependencies = ["idna==3.7"]\n',
      'requirements.txt': 'idna==3.7\n',
    },
    build: "mkdir -p dist && printf 'PK stand-in wheel\\n' > dist/parser-0.4.0-py3-none-any.whl",
    subjectPath: 'dist/*.whl',
    subjects: ['dist/parser-0.4.0-py3-none-any.whl'],
  },
];

const CLEAN_WORKFLOW = `name: ci
on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-24.04
    permissions:
      contents: read # why: check out the repository
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false
      - run: make test
`;

/** Every file under a directory, .git left out. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !relative(dir, join(e.parentPath, e.name)).startsWith('.git/'))
    .map((e) => join(e.parentPath, e.name));
}

describe.each(SHAPES)('pipeline on a $name', (shape) => {
  let repo: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: {
    verified: boolean;
    signing: string;
    subjects: string[];
    stages: Array<{ command: string; exitCode: number }>;
  };

  beforeAll(async () => {
    repo = makeWorkspace({ ...shape.files, '.github/workflows/ci.yml': CLEAN_WORKFLOW }, { git: true });
    const args = ['pipeline', '--build-command', shape.build, '--format', 'json'];
    if (shape.subjectPath) args.push('--subject-path', shape.subjectPath);
    run = await runCli(args, { cwd: repo, env: { SOURCE_DATE_EPOCH: '1767225600' }, timeoutMs: 120_000 });
    report = JSON.parse(run.stdout);
  }, 150_000);

  test('builds first, then attests and verifies exactly the subjects', () => {
    expect([run.exitCode, report.verified, run.stderr.includes('error:') ? run.stderr : '']).toEqual([0, true, '']);
    expect(report.stages.map((s) => s.command)).toEqual([
      'harden-permissions',
      'verify-pinned-tools',
      'build',
      'generate-sbom',
      'attest-provenance',
      'attest-provenance',
      'verify-release',
    ]);
    expect(report.subjects).toEqual(shape.subjects);
    const bundle = JSON.parse(
      readFileSync(join(repo, '.paved-road', 'provenance.sigstore.jsonl'), 'utf8').split('\n')[0]!,
    );
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
    expect(statement.subject.map((s: { name: string }) => s.name)).toEqual(shape.subjects);
  });

  test('signs with a key held in memory: only the public key is written, and the output dir is ignored by git', () => {
    expect(report.signing).toBe('key');
    const keys = allFiles(repo).filter((f) => /PRIVATE KEY/.test(readFileSync(f, 'latin1')));
    expect(keys).toEqual([]);
    expect(readFileSync(join(repo, '.paved-road', 'signing-key.pub.pem'), 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(readFileSync(join(repo, '.paved-road', '.gitignore'), 'utf8')).toBe('*\n');
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(status.stdout.split('\n').filter((l) => l.includes('.paved-road'))).toEqual([]);
  });
});

describe('pipeline text output and step summary', () => {
  let repo: string;
  let text: Awaited<ReturnType<typeof runCli>>;
  let summaryFile: string;

  beforeAll(async () => {
    repo = makeWorkspace(
      {
        'package.json': JSON.stringify({ name: 'widget', version: '1.0.0' }),
        'package-lock.json': JSON.stringify({
          name: 'widget',
          version: '1.0.0',
          lockfileVersion: 3,
          packages: { '': { name: 'widget', version: '1.0.0' } },
        }),
        // Two findings for the table to count and name.
        '.github/workflows/ci.yml': CLEAN_WORKFLOW.replace('permissions: {}', 'permissions: write-all'),
        'summary.md': '',
      },
      { git: true },
    );
    summaryFile = join(repo, 'summary.md');
    text = await runCli(
      ['pipeline', '--build-command', 'mkdir -p dist && echo 1 > dist/a.js', '--subject-path', 'dist/a.js'],
      {
        cwd: repo,
        env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
        timeoutMs: 120_000,
      },
    );
  }, 150_000);

  test('is a terminal table with findings counts and the top findings, no Markdown', () => {
    expect(text.exitCode).toBe(1);
    expect(text.stdout).not.toMatch(/<br|\|---|\*\*/);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^stage\s+command\s+result\s+details$/);
    expect(lines[1]).toMatch(/^-+( +-+){3}$/);
    expect(lines.find((l) => l.startsWith('least-privilege workflows'))).toMatch(
      /harden-permissions\s+failed\s+[1-9]\d* errors, \d+ warnings, \d+ notes/,
    );
    const top = lines.slice(lines.indexOf('Top findings:') + 1);
    expect(top[0]).toBe('harden-permissions:');
    expect(top[1]).toMatch(/^ {2}\.github\/workflows\/ci\.yml:\d+ error \[[a-z-]+\] /);
  });

  test('the step summary shows the whole chain as one mermaid diagram', () => {
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.match(/```mermaid/g)).toHaveLength(1);
    const diagram = summary.slice(
      summary.indexOf('```mermaid'),
      summary.indexOf('```', summary.indexOf('```mermaid') + 3),
    );
    for (const node of ['perm[', 'pins[', 'build[', 'digests[', 'sbom[', 'prov[', 'sbomatt[', 'verdict{'])
      expect([node, diagram.includes(node)]).toEqual([node, true]);
    expect(diagram).toContain('verdict{"not verified"}:::bad');
  });
});

test('pipeline with nothing to attest names the fix and exits 2', async () => {
  const repo = makeWorkspace({ 'package.json': '{}' }, { git: true });
  const run = await runCli(['pipeline'], { cwd: repo, timeoutMs: 60_000 });
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/no --subject-path and no release\.artifacts in the policy.*--subject-path/);
});
