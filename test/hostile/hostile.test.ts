// Every command's real bundle, as a separate process, over hostile repositories generated here:
// devices, FIFOs, symlinks in and out of the workspace and into .git (whose config holds a fake
// checkout credential), dot-directories, huge and deep files, bad encodings, prototype keys and
// traversal names. Each run must end (a generous kill timeout, no timed assertion), stay within a
// memory bound, exit 2 with one line naming the file (or give the right findings), and never print
// the credential: not on stdout or stderr, not in the SARIF file, not in the step summary.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { KILL_AFTER_MS, messageLines, runBundle, type MeasuredRun } from './run.js';

/** The fake credential: base64 of x-access-token:<token>, as actions/checkout writes it. */
const TOKEN = 'ghs_h0st1leS3cretT0kenNeverPrinted';
const SECRET = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
/** Peak resident memory a run may use, in MiB: a runaway read of /dev/zero crosses it in a second. */
const MEMORY_BOUND_MIB = 600;
/**
 * For a 9.5 MB workflow (within the 10 MiB a workflow may have) of 138,000 steps, which GitHub refuses
 * and which is audited all the same, with one finding per step. Measured: 1.2 GiB peak RSS, of which
 * V8 holds about 350 MiB as freed pages it keeps pooled; the live heap peaks near 560 MiB. About 160
 * bytes per byte of input would cross this bound: a runaway read crosses it in seconds.
 */
const BIG_FILE_BOUND_MIB = 1536;

const CI = [
  'on: push',
  'permissions: {}',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    permissions:',
  '      contents: read',
  '    steps:',
  '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  '',
].join('\n');

interface Workspace {
  dir: string;
  /** A directory beside the workspace, outside it. */
  outside: string;
  write(path: string, content: string | Uint8Array): string;
  link(path: string, target: string): void;
  fifo(path: string): void;
}

function workspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  const dir = join(root, 'repo');
  const outside = join(root, 'outside');
  mkdirSync(outside, { recursive: true });
  const write = (path: string, content: string | Uint8Array): string => {
    const absolute = join(dir, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    return absolute;
  };
  write(
    '.git/config',
    `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`,
  );
  writeFileSync(join(outside, 'credentials.yml'), `token: ${TOKEN}\nauth: ${SECRET}\n`);
  writeFileSync(join(outside, '.npmrc'), `//registry.npmjs.org/:_authToken=${TOKEN}\n`);
  return {
    dir,
    outside,
    write,
    link(path, target) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(target, join(dir, path));
    },
    fifo(path) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      execFileSync('mkfifo', [join(dir, path)]);
    },
  };
}

// Above jest's 60 s default: a hung run is killed after KILL_AFTER_MS and reported as such.
jest.setTimeout(KILL_AFTER_MS + 20_000);

/** What every run must hold to, whatever it was given. */
function expectInert(run: MeasuredRun, sarif?: string, boundMiB = MEMORY_BOUND_MIB): void {
  expect(run.killed).toBe(false);
  expect(run.peakMiB).toBeLessThan(boundMiB);
  for (const text of [run.stdout, run.stderr, run.summary, sarif ?? '']) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/internal error|\n\s+at .*:\d+:\d+\)?\n|Maximum call stack/);
}

/** Exit 2 and exactly one line saying what is wrong with `file`, matching `reason`. */
function expectOneLine(run: MeasuredRun, file: string, reason: RegExp): void {
  expectInert(run);
  const lines = messageLines(run);
  expect({ exitCode: run.exitCode, lines }).toEqual({ exitCode: 2, lines: [expect.stringContaining(file)] });
  expect(lines[0]).toMatch(reason);
}

function sarifOf(run: MeasuredRun, dir: string, name: string): string {
  void run;
  const file = join(dir, name);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

describe.each(['harden-permissions', 'verify-pinned-tools'])('%s over a hostile default scan', (action) => {
  it('refuses links to .git and out of the workspace and a FIFO as workflows, naming each, quoting none', async () => {
    const ws = workspace();
    ws.write('.github/workflows/ci.yml', CI);
    ws.link('.github/workflows/config.yml', '../../.git/config');
    ws.link('.github/workflows/creds.yml', join(ws.outside, 'credentials.yml'));
    ws.link('.github/workflows/npmrc.yml', join(ws.outside, '.npmrc'));
    ws.link('.github/workflows/passwd.yml', '/etc/passwd');
    ws.link('.github/workflows/zero.yml', '/dev/zero');
    ws.fifo('.github/workflows/fifo.yml');
    const sarif = join(ws.outside, 'out.sarif');
    const run = await runBundle(action, { cwd: ws.dir, inputs: { 'sarif-file': sarif } });
    expectInert(run, sarifOf(run, ws.outside, 'out.sarif'));
    expect(run.exitCode).toBe(1);
    const text = `${run.stdout}\n${readFileSync(sarif, 'utf8')}`;
    for (const name of ['config', 'creds', 'npmrc', 'passwd', 'zero'])
      expect(text).toMatch(
        new RegExp(`\\.github/workflows/${name}\\.yml[^\\n]*(leads outside the workspace|leads into \\.git)`),
      );
    expect(text).toMatch(/\.github\/workflows\/fifo\.yml[^\n]*is a FIFO, not a regular file/);
    expect(text).not.toMatch(/root:x:0:0/);
  });
});

describe('harden-permissions over a hostile Dependabot configuration', () => {
  it('refuses a dependabot.yml that links to .git/config or out of the workspace, naming it, quoting nothing', async () => {
    for (const target of ['../.git/config', 'outside']) {
      const ws = workspace();
      ws.write('.github/workflows/ci.yml', CI);
      ws.link('.github/dependabot.yml', target === 'outside' ? join(ws.outside, 'credentials.yml') : target);
      const run = await runBundle('cli', { cwd: ws.dir, args: ['harden-permissions', '--format', 'json'] });
      expectInert(run);
      expect(run.exitCode).toBe(1);
      const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string; message: string }> })
        .findings;
      expect(findings.filter((f) => f.file === '.github/dependabot.yml')).toEqual([
        expect.objectContaining({
          rule: 'invalid-workflow',
          message: expect.stringMatching(target === 'outside' ? /leads outside the workspace/ : /leads into \.git/),
        }),
      ]);
    }
  });
});

describe('dot-directories are audited', () => {
  it('verify-pinned-tools finds evil/action@main in a local composite action, a dot-named workflow and .devcontainer', async () => {
    const ws = workspace();
    ws.write('.github/workflows/ci.yml', CI);
    ws.write(
      '.github/actions/setup/action.yml',
      'name: setup\ndescription: d\nruns:\n  using: composite\n  steps:\n    - uses: evil/action@main\n',
    );
    ws.write('.github/workflows/.release.yml', CI.replace(/actions\/checkout@\S+ # v4.2.2/, 'evil/action@main'));
    ws.write('.devcontainer/Dockerfile', 'FROM node:latest\n');
    ws.write('.github/docker/Dockerfile', 'FROM alpine:3\n');
    ws.write('node_modules/dep/action.yml', 'runs:\n  using: composite\n  steps:\n    - uses: evil/other@main\n');
    const run = await runBundle('cli', {
      cwd: ws.dir,
      args: ['verify-pinned-tools', '--format', 'json', '--online', 'false'],
    });
    expectInert(run);
    expect(run.exitCode).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string; file: string }> }).findings;
    const files = new Set(findings.map((f) => f.file));
    expect(files).toEqual(
      new Set([
        '.github/actions/setup/action.yml',
        '.github/workflows/.release.yml',
        '.devcontainer/Dockerfile',
        '.github/docker/Dockerfile',
      ]),
    );
    expect(findings.filter((f) => f.rule === 'unpinned-uses').map((f) => f.file)).toEqual(
      expect.arrayContaining(['.github/actions/setup/action.yml', '.github/workflows/.release.yml']),
    );
  });
});

describe('non-regular and oversized inputs named explicitly: exit 2, one line', () => {
  const cases: Array<{
    name: string;
    target: string;
    args: (ws: Workspace) => string[];
    file: string;
    reason: RegExp;
  }> = [
    {
      name: 'a policy that is a FIFO',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.fifo('.github/paved-road.yml');
        return ['harden-permissions'];
      },
      file: '.github/paved-road.yml',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'a policy that links to .git/config',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.link('.github/paved-road.yml', '../.git/config');
        return ['verify-pinned-tools', '--online', 'false'];
      },
      file: '.github/paved-road.yml',
      reason: /leads into \.git/,
    },
    {
      name: 'a zizmor.yml the policy imports that is a FIFO',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.write('.github/paved-road.yml', 'harden-permissions:\n  import-zizmor-config: true\n');
        ws.fifo('zizmor.yml');
        return ['harden-permissions'];
      },
      file: 'zizmor.yml',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'a zizmor.yml the policy imports that links to .git/config',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.write('.github/paved-road.yml', 'harden-permissions:\n  import-zizmor-config: true\n');
        ws.link('.github/zizmor.yml', '../.git/config');
        return ['harden-permissions'];
      },
      file: '.github/zizmor.yml',
      reason: /leads into \.git/,
    },
    {
      name: 'a policy nested 20,000 levels deep',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.write('.github/paved-road.yml', `exceptions: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
        return ['harden-permissions'];
      },
      file: '.github/paved-road.yml',
      reason: /nested too deeply/,
    },
    {
      name: 'an advisories file (policy) that links to .git/config',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.write('.github/paved-road.yml', 'verify-pinned-tools:\n  advisories-file: .github/advisories.json\n');
        ws.link('.github/advisories.json', '../.git/config');
        return ['verify-pinned-tools', '--online', 'false'];
      },
      file: '.github/advisories.json',
      reason: /leads into \.git/,
    },
    {
      name: 'an advisories file (policy) that is a FIFO',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        ws.write('.github/paved-road.yml', 'verify-pinned-tools:\n  advisories-file: .github/advisories.json\n');
        ws.fifo('.github/advisories.json');
        return ['verify-pinned-tools', '--online', 'false'];
      },
      file: '.github/advisories.json',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'a tools manifest that is /dev/zero',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        return ['verify-pinned-tools', '--online', 'false', '--tools-manifest', '/dev/zero'];
      },
      file: '/dev/zero',
      reason: /is a device, not a regular file/,
    },
    {
      name: 'a lockfile that is a FIFO',
      target: 'cli',
      args: (ws) => {
        ws.write('package.json', '{"name":"app","version":"1.0.0"}\n');
        ws.fifo('package-lock.json');
        return ['generate-sbom', '--output-file', join(ws.outside, 'sbom.json')];
      },
      file: 'package-lock.json',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'a lockfile that links to /dev/zero',
      target: 'cli',
      args: (ws) => {
        ws.write('package.json', '{"name":"app","version":"1.0.0"}\n');
        ws.link('package-lock.json', '/dev/zero');
        return ['generate-sbom', '--output-file', join(ws.outside, 'sbom.json')];
      },
      file: 'package-lock.json',
      reason: /leads outside the workspace/,
    },
    {
      name: 'a lockfile in UTF-16',
      target: 'cli',
      args: (ws) => {
        ws.write('package.json', '{"name":"app","version":"1.0.0"}\n');
        ws.write('package-lock.json', Buffer.from('{"lockfileVersion": 3, "packages": {}}\n', 'utf16le'));
        return ['generate-sbom', '--output-file', join(ws.outside, 'sbom.json')];
      },
      file: 'package-lock.json',
      reason: /is UTF-16, not UTF-8/,
    },
    {
      name: 'a bundle that is a FIFO',
      target: 'cli',
      args: (ws) => {
        ws.write('app.tgz', 'artifact');
        ws.fifo('app.intoto.jsonl');
        return [
          'verify-release',
          '--repository',
          'octo-org/octo-repo',
          '--subject-path',
          'app.tgz',
          '--bundle-path',
          'app.intoto.jsonl',
        ];
      },
      file: 'app.intoto.jsonl',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'a trusted root that is /dev/zero',
      target: 'cli',
      args: (ws) => {
        ws.write('app.tgz', 'artifact');
        ws.write('app.intoto.jsonl', '{}\n');
        return [
          'verify-release',
          '--repository',
          'octo-org/octo-repo',
          '--subject-path',
          'app.tgz',
          '--bundle-path',
          'app.intoto.jsonl',
          '--trusted-root',
          '/dev/zero',
        ];
      },
      file: '/dev/zero',
      reason: /is a device, not a regular file/,
    },
    {
      name: 'a public key that links to .git/config',
      target: 'cli',
      args: (ws) => {
        ws.write('app.tgz', 'artifact');
        ws.write('app.intoto.jsonl', '{}\n');
        ws.link('key.pub', '.git/config');
        return [
          'verify-release',
          '--repository',
          'octo-org/octo-repo',
          '--subject-path',
          'app.tgz',
          '--bundle-path',
          'app.intoto.jsonl',
          '--public-key',
          'key.pub',
        ];
      },
      file: 'key.pub',
      reason: /leads into \.git/,
    },
    {
      name: 'a subject that is a FIFO (verify-release)',
      target: 'cli',
      args: (ws) => {
        ws.fifo('app.tgz');
        ws.write('app.intoto.jsonl', '{}\n');
        return [
          'verify-release',
          '--repository',
          'octo-org/octo-repo',
          '--subject-path',
          'app.tgz',
          '--bundle-path',
          'app.intoto.jsonl',
        ];
      },
      file: 'app.tgz',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'a subject that is a FIFO (attest-provenance)',
      target: 'attest-provenance',
      args: (ws) => {
        ws.fifo('dist/app.tgz');
        return [];
      },
      file: 'dist/app.tgz',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'an advisory that is a FIFO (find-affected)',
      target: 'cli',
      args: (ws) => {
        ws.write('sboms/app.cdx.json', '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}');
        ws.fifo('osv.json');
        return ['find-affected', '--advisory', 'osv.json', 'sboms'];
      },
      file: 'osv.json',
      reason: /is a FIFO, not a regular file/,
    },
    {
      name: 'an index that links to .git/config (find-affected)',
      target: 'cli',
      args: (ws) => {
        ws.write('sboms/app.cdx.json', '{"bomFormat":"CycloneDX","specVersion":"1.6","components":[]}');
        ws.link('sboms.db', '.git/config');
        return ['find-affected', '--component', 'pkg:npm/x', '--index', 'sboms.db', 'sboms'];
      },
      file: 'sboms.db',
      reason: /leads into \.git/,
    },
    {
      name: 'a SARIF file under /proc',
      target: 'cli',
      args: (ws) => {
        ws.write('.github/workflows/ci.yml', CI);
        return ['harden-permissions', '--sarif-file', '/proc/self/paved-road/out.sarif'];
      },
      file: '/proc/self/paved-road/out.sarif',
      reason: /kernel file system/,
    },
  ];

  it.each(cases)('$name', async ({ target, args, file, reason }) => {
    const ws = workspace();
    const argv = args(ws);
    const run = await runBundle(target, {
      cwd: ws.dir,
      args: target === 'cli' ? argv : [],
      ...(target === 'attest-provenance'
        ? {
            inputs: {
              'subject-path': 'dist/app.tgz',
              signing: 'key',
              'signing-key': generateKey(ws),
              'push-to-github': 'false',
            },
          }
        : {}),
    });
    expectOneLine(run, file, reason);
  });
});

function generateKey(ws: Workspace): string {
  const path = join(ws.outside, 'key.pem');
  execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', path], { stdio: 'ignore' });
  return path;
}

describe('find-affected over hostile SBOMs: each is unknown with one line, the rest is searched', () => {
  it('FIFO, /dev/zero, .git/config, outside links, UTF-16, deep nesting, duplicate bom-refs', async () => {
    const ws = workspace();
    const cdx = (components: unknown[]) => JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components });
    ws.write('sboms/good.cdx.json', cdx([{ name: 'x', version: '1.0.0', purl: 'pkg:npm/x@1.0.0' }]));
    ws.fifo('sboms/fifo.cdx.json');
    ws.link('sboms/zero.cdx.json', '/dev/zero');
    ws.link('sboms/git.cdx.json', '../.git/config');
    ws.link('sboms/outside.cdx.json', join(ws.outside, 'credentials.yml'));
    ws.write('sboms/utf16.cdx.json', Buffer.from(cdx([]), 'utf16le'));
    ws.write(
      'sboms/deep.cdx.json',
      `{"bomFormat":"CycloneDX","specVersion":"1.6","components":${'[{"name":"n","components":'.repeat(200_000)}[]${'}]'.repeat(200_000)}}`,
    );
    ws.write(
      'sboms/dupes.cdx.json',
      cdx([
        { 'bom-ref': 'a', name: 'x', version: '1.0.0', purl: 'pkg:npm/x@1.0.0' },
        { 'bom-ref': 'a', name: 'y', version: '2.0.0', purl: 'pkg:npm/y@2.0.0' },
      ]),
    );
    ws.write('sboms/secret.cdx.json', `auth: ${SECRET}\n`);
    const run = await runBundle('cli', {
      cwd: ws.dir,
      args: ['find-affected', '--component', 'pkg:npm/x', '--format', 'json', 'sboms'],
    });
    expectInert(run);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as {
      affected: { sbom: string }[];
      unknown: { sbom: string; reason: string }[];
    };
    expect(report.affected.map((e) => e.sbom)).toEqual(['sboms/good.cdx.json']);
    const reasons = Object.fromEntries(report.unknown.map((e) => [e.sbom, e.reason]));
    expect(reasons).toEqual({
      'sboms/deep.cdx.json': expect.stringMatching(/nested more than 32 deep/),
      'sboms/dupes.cdx.json': expect.stringMatching(/bom-ref "a" .* is used by more than one component/),
      'sboms/fifo.cdx.json': expect.stringMatching(/is a FIFO, not a regular file/),
      'sboms/git.cdx.json': expect.stringMatching(/leads into \.git/),
      'sboms/outside.cdx.json': expect.stringMatching(/leads outside the workspace/),
      'sboms/secret.cdx.json': expect.stringMatching(/^is not JSON/),
      'sboms/utf16.cdx.json': expect.stringMatching(/is UTF-16, not UTF-8/),
      'sboms/zero.cdx.json': expect.stringMatching(/leads outside the workspace/),
    });
  });
});

describe('bad encodings, prototype keys and traversal names', () => {
  it('names a UTF-16 workflow as UTF-16 and a CR-only one by its line endings', async () => {
    const ws = workspace();
    ws.write('.github/workflows/wide.yml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CI, 'utf16le')]));
    ws.write('.github/workflows/mac.yml', CI.replace(/\n/g, '\r'));
    const run = await runBundle('cli', { cwd: ws.dir, args: ['harden-permissions', '--format', 'json'] });
    expectInert(run);
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ file: string; message: string }> }).findings;
    expect(findings.find((f) => f.file === '.github/workflows/wide.yml')?.message).toMatch(/is UTF-16, not UTF-8/);
    expect(findings.find((f) => f.file === '.github/workflows/mac.yml')?.message).toMatch(/CR alone/);
  });

  it('gives a clean finding for permissions: {__proto__: write}', async () => {
    const ws = workspace();
    ws.write(
      '.github/workflows/ci.yml',
      CI.replace('      contents: read', '      __proto__: write\n      constructor: write'),
    );
    for (const command of ['harden-permissions', 'verify-pinned-tools']) {
      const run = await runBundle('cli', {
        cwd: ws.dir,
        args: [command, '--format', 'json', '--online', 'false'].slice(0, command === 'harden-permissions' ? 3 : 5),
      });
      expectInert(run);
      expect([0, 1]).toContain(run.exitCode);
      expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
      expect(run.stdout).not.toMatch(/Cannot read properties/);
    }
  });

  it('never reads a license from outside the project through a lockfile key with ..', async () => {
    const ws = workspace();
    ws.write('app/package.json', '{"name":"app","version":"1.0.0"}\n');
    ws.write('app/node_modules/.package-lock.json', '{}\n');
    ws.write('secretpkg/package.json', `{"name":"secretpkg","version":"1.0.0","license":"LicenseRef-${TOKEN}"}\n`);
    ws.write(
      'app/package-lock.json',
      JSON.stringify({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', version: '1.0.0', dependencies: { secretpkg: '1.0.0' } },
          'node_modules/../../secretpkg': { version: '1.0.0' },
        },
      }),
    );
    const output = join(ws.outside, 'sbom.json');
    const run = await runBundle('cli', {
      cwd: ws.dir,
      args: ['generate-sbom', '--path', 'app', '--output-file', output],
    });
    expectInert(run);
    let sbom = '';
    try {
      sbom = readFileSync(output, 'utf8');
    } catch {
      // Refusing the lockfile is as good as ignoring the key.
    }
    expect(sbom).not.toContain(TOKEN);
    expect(run.exitCode === 0 || messageLines(run).length === 1).toBe(true);
  });

  it('never copies a yarn patch file from outside the project, a link, a FIFO or .git into the SBOM', async () => {
    const ws = workspace();
    writeFileSync(join(ws.outside, 'secret.patch'), `+${TOKEN}\n`);
    ws.link('.yarn/patches/linked.patch', join(ws.outside, 'secret.patch'));
    ws.fifo('.yarn/patches/fifo.patch');
    const patched = ['linked', 'fifo', '../outside/secret', '.git/config'];
    const deps = patched.map(
      (name, i) =>
        `  p${i}: "patch:p${i}@npm%3A1.0.0#~/${encodeURIComponent(name.startsWith('.') ? name : `.yarn/patches/${name}`)}${name.endsWith('config') ? '' : '.patch'}"`,
    );
    const entries = patched.map((name, i) => {
      const path = `~/${encodeURIComponent(name.startsWith('.') ? name : `.yarn/patches/${name}`)}${name.endsWith('config') ? '' : '.patch'}`;
      return `"p${i}@patch:p${i}@npm%3A1.0.0#${path}":\n  version: 1.0.0\n  resolution: "p${i}@patch:p${i}@npm%3A1.0.0#${path}::version=1.0.0&hash=abc"\n  languageName: node\n  linkType: hard\n`;
    });
    ws.write(
      'package.json',
      JSON.stringify({
        name: 'app',
        dependencies: Object.fromEntries(deps.map((line) => /^ {2}(p\d): "(.*)"$/.exec(line)!.slice(1))),
      }),
    );
    ws.write(
      'yarn.lock',
      `__metadata:\n  version: 8\n  cacheKey: 10\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n  dependencies:\n${deps.join('\n')}\n  languageName: unknown\n  linkType: soft\n\n${entries.join('\n')}`,
    );
    const output = join(ws.outside, 'sbom.json');
    const run = await runBundle('cli', { cwd: ws.dir, args: ['generate-sbom', '--output-file', output] });
    expectInert(run);
    expect(run.exitCode).toBe(0);
    const sbom = readFileSync(output, 'utf8');
    expect(sbom).not.toContain(TOKEN);
    expect(sbom).not.toContain(SECRET);
    // Each patch is still named in the pedigree.
    expect(sbom.match(/"pedigree"/g)).toHaveLength(patched.length);
  });
});

describe('outputs', () => {
  it('writes a SARIF file to /dev/null in place and the SBOM to /dev/stdout', async () => {
    const ws = workspace();
    ws.write('.github/workflows/ci.yml', CI);
    const run = await runBundle('cli', { cwd: ws.dir, args: ['harden-permissions', '--sarif-file', '/dev/null'] });
    expectInert(run);
    expect(run.exitCode).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    ws.write('package.json', '{"name":"app","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n');
    ws.write(
      'package-lock.json',
      JSON.stringify({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '1.3.0' } },
          'node_modules/left-pad': { version: '1.3.0' },
        },
      }),
    );
    const sbom = await runBundle('cli', { cwd: ws.dir, args: ['generate-sbom', '--output-file', '/dev/stdout'] });
    expectInert(sbom);
    expect(sbom.exitCode).toBe(0);
    expect(sbom.stdout).toContain('"bomFormat": "CycloneDX"');
  });

  it('fix mode rewrites a linked workflow at its target, keeps a BOM and trailing comments, refuses a read-only one', async () => {
    const ws = workspace();
    const unfixed = CI.replace('permissions: {}\n', '').replace('    permissions:\n      contents: read\n', '');
    const legacy = unfixed.replace('on: push\n', 'on: push\npermissions: write-all # legacy, narrow me\n');
    ws.write('workflows/shared.yml', `\uFEFF${legacy}`);
    ws.link('.github/workflows/ci.yml', '../../workflows/shared.yml');
    const run = await runBundle('cli', { cwd: ws.dir, args: ['harden-permissions', '--fix', 'true'] });
    expectInert(run);
    expect(lstatSync(join(ws.dir, '.github/workflows/ci.yml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(ws.dir, '.github/workflows/ci.yml'))).toBe('../../workflows/shared.yml');
    const fixed = readFileSync(join(ws.dir, 'workflows/shared.yml'), 'utf8');
    expect(fixed.startsWith('\uFEFFon: push\npermissions: {} # legacy, narrow me\n')).toBe(true);
    expect(fixed).toMatch(/ {4}permissions:\n {6}contents: read/);

    const locked = workspace();
    const file = locked.write('.github/workflows/ci.yml', unfixed);
    chmodSync(file, 0o444);
    const refused = await runBundle('cli', { cwd: locked.dir, args: ['harden-permissions', '--fix', 'true'] });
    expectInert(refused);
    expect(refused.exitCode).toBe(2);
    expect(messageLines(refused).at(-1)).toMatch(/\.github\/workflows\/ci\.yml[^\n]*is read-only; it is not rewritten/);
    expect(readFileSync(file, 'utf8')).toBe(unfixed);
  });

  it('leaves no temporary file behind when a fix run is stopped with SIGTERM', async () => {
    const ws = workspace();
    const unfixed = CI.replace('permissions: {}\n', '').replace('    permissions:\n      contents: read\n', '');
    // Large files, so that a write is in progress for a while.
    const padding = `# ${'x'.repeat(200)}\n`.repeat(20_000);
    for (let i = 0; i < 6; i++) ws.write(`.github/workflows/w${i}.yml`, `${padding}${unfixed}`);
    const dir = join(ws.dir, '.github/workflows');
    const run = await runBundle('cli', {
      cwd: ws.dir,
      args: ['harden-permissions', '--fix', 'true'],
      started: (pid) => {
        // As soon as the first temporary file appears, stop the run.
        const poll = setInterval(() => {
          if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) {
            clearInterval(poll);
            try {
              // The child of time(1): the bundle itself.
              const child = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim();
              process.kill(Number(child), 'SIGTERM');
            } catch {
              // It ended first.
            }
          }
        }, 1);
        setTimeout(() => clearInterval(poll), 30_000);
      },
    });
    expect(run.killed).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

const LINK_TARGET = join(tmpdir(), `paved-road-key-target-${process.pid}.pem`);

describe('the pipeline signing key', () => {
  // The private key is made for the run and kept in memory: nothing is written at a key path planted
  // in the repository, or through a link planted where the public key goes.
  it.each([
    ['an existing world-readable file', (path: string) => writeFileSync(path, 'committed\n', { mode: 0o644 })],
    ['a committed symlink', (path: string) => symlinkSync(LINK_TARGET, path)],
  ])('leaves %s at the key paths alone and writes no private key', async (_name, plant) => {
    rmSync(LINK_TARGET, { force: true });
    const ws = workspace();
    ws.write('.github/workflows/ci.yml', CI);
    ws.write('package.json', '{"name":"app","version":"1.0.0"}\n');
    ws.write('dist/app.tgz', 'artifact\n');
    const outputDir = join(ws.dir, '.paved-road');
    mkdirSync(outputDir, { recursive: true });
    const planted = ['signing-key.pem', 'signing-key.pub.pem'].map((name) => join(outputDir, name));
    for (const path of planted) plant(path);
    const run = await runBundle('cli', {
      cwd: ws.dir,
      args: ['pipeline', '--output-dir', '.paved-road', '--subject-path', 'dist/app.tgz'],
    });
    expectInert(run);
    expect(existsSync(LINK_TARGET)).toBe(false);
    for (const path of planted)
      if (!lstatSync(path).isSymbolicLink()) expect(readFileSync(path, 'utf8')).not.toContain('PRIVATE KEY');
    for (const name of readdirSync(outputDir, { recursive: true }) as string[]) {
      const path = join(outputDir, name);
      if (lstatSync(path).isFile())
        expect([name, readFileSync(path, 'utf8').includes('PRIVATE KEY')]).toEqual([name, false]);
    }
  });
});

describe('a 9.5 MB workflow of uses: lines', () => {
  // harden-permissions only: it models more of a workflow than verify-pinned-tools, and each run
  // costs about 20 s here.
  it.each(['harden-permissions'])('%s stays within the memory bound', async (command) => {
    const ws = workspace();
    const step = '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n';
    const head = 'on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n';
    const count = Math.floor((9.5 * 1024 * 1024 - head.length) / step.length);
    ws.write('.github/workflows/big.yml', head + step.repeat(count));
    const run = await runBundle('cli', {
      cwd: ws.dir,
      args: [command, '--format', 'json', ...(command === 'verify-pinned-tools' ? ['--online', 'false'] : [])],
    });
    expectInert(run, undefined, BIG_FILE_BOUND_MIB);
    expect([0, 1]).toContain(run.exitCode);
    process.stdout.write(`${command}: 9.5 MB workflow, peak RSS ${Math.round(run.peakMiB)} MiB\n`);
  });
});
