// The CLI bundle as a user runs it: `node dist/cli/index.js <command> ...`, outside Actions.
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
