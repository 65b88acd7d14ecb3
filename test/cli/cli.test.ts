// The CLI bundle as a user runs it: `node dist/cli/index.js <command> ...`, outside Actions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../harness/index.js';

describe('paved-road CLI', () => {
  test('--help lists every command and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.exitCode).toBe(0);
    for (const name of [
      'harden-permissions',
      'verify-pinned-tools',
      'generate-sbom',
      'attest-provenance',
      'verify-release',
      'pipeline',
    ]) {
      expect(run.stdout).toContain(name);
    }
    expect(run.stdout).toMatch(/Exit: 0 ok, 1 check failed, 2 bad input/);
  });

  test('each command has --help naming its inputs as flags', async () => {
    const run = await runCli(['harden-permissions', '--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('--fail-on');
    expect(run.stdout).toContain('--format text|json|sarif');
  });

  test("generate-sbom's own format input owns --format (the SBOM format)", async () => {
    const run = await runCli(['generate-sbom', '--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('--include-dev');
    expect(run.stdout).toMatch(/--format\n\s+cyclonedx-json, cyclonedx-xml or spdx-json/);
    expect(run.stdout).not.toContain('--format text|json|sarif');
  });

  test('an unknown command exits 2 with the usage on stderr and nothing on stdout', async () => {
    const run = await runCli(['deploy-everything']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command "deploy-everything"');
  });

  test('a bad flag exits 2 with one line and no stack trace', async () => {
    const run = await runCli(['harden-permissions', '--fail-on', 'sometimes']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/fail-on.*error, warning, note, never/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('an unknown flag is named, with a pointer to --help', async () => {
    const run = await runCli(['verify-release', '--subject-pth', 'x']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--subject-pth');
    expect(run.stderr).toContain('verify-release --help');
  });

  test('--version prints the version alone', async () => {
    const run = await runCli(['--version']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('start-up: a command loads only its own code', () => {
  // A preloaded hook records every module file the CLI bundle loads (Node's module.registerHooks).
  const hookDir = mkdtempSync(join(tmpdir(), 'paved-road-loads-'));
  const hook = join(hookDir, 'record-loads.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) {
  if (url.startsWith('file:') && url.includes('/dist/cli/')) appendFileSync(process.env.LOADS_FILE, url.split('/').pop() + '\\n');
  return next(url, context);
} });
`,
  );
  async function loadedChunks(args: string[]): Promise<string[]> {
    const loads = join(hookDir, `loads-${args.join('-').replace(/[^a-z-]/g, '')}.txt`);
    writeFileSync(loads, '');
    const run = await runCli(args, { env: { NODE_OPTIONS: `--import ${hook}`, LOADS_FILE: loads } });
    expect(run.exitCode).toBe(0);
    return [...new Set(readFileSync(loads, 'utf8').split('\n').filter(Boolean))].sort();
  }

  test("--version loads no command's code", async () => {
    const version = await loadedChunks(['--version']);
    expect(version).toContain('index.js');
    for (const name of ['generate-sbom', 'harden-permissions', 'verify-release']) {
      const one = await loadedChunks([name, '--help']);
      for (const chunk of version) expect(one).toContain(chunk);
      expect(one.length).toBeGreaterThan(version.length);
    }
  });

  test("one command's --help loads fewer chunks than the list of every command", async () => {
    const all = await loadedChunks(['--help']);
    for (const name of ['generate-sbom', 'harden-permissions', 'verify-release']) {
      const one = await loadedChunks([name, '--help']);
      expect(one.length).toBeLessThan(all.length);
      for (const chunk of one) expect(all).toContain(chunk);
    }
    // The SBOM command does not load the workflow parser the audits use, and the audit not the SBOM code.
    const sbom = await loadedChunks(['generate-sbom', '--help']);
    const harden = await loadedChunks(['harden-permissions', '--help']);
    expect(harden.filter((c) => !sbom.includes(c)).length).toBeGreaterThan(0);
    expect(sbom.filter((c) => !harden.includes(c)).length).toBeGreaterThan(0);
  });
});
