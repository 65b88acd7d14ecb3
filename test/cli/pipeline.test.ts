// The main job: the paved-road pipeline on this repository itself, through the CLI bundle.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from '../harness/index.js';

describe('paved-road pipeline on this repository', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'paved-road-pipeline-'));
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: {
    verified: boolean;
    stages: Array<{
      stage: string;
      command: string;
      exitCode: number;
      outputs: Record<string, string>;
      message?: string;
    }>;
  };

  beforeAll(async () => {
    run = await runCli(['pipeline', '--output-dir', outputDir, '--format', 'json'], {
      cwd: repoRoot,
      env: { SOURCE_DATE_EPOCH: '1767225600' },
      timeoutMs: 120_000,
    });
    report = JSON.parse(run.stdout);
  }, 150_000);

  test('every stage passes and the verdict is verified', () => {
    expect(report.stages.map((s) => [s.stage, s.exitCode, s.message ?? ''])).toEqual(
      report.stages.map((s) => [s.stage, 0, '']),
    );
    expect(report.stages.map((s) => s.command)).toEqual([
      'harden-permissions',
      'verify-pinned-tools',
      'generate-sbom',
      'attest-provenance',
      'attest-provenance',
      'verify-release',
    ]);
    expect(report.verified).toBe(true);
    expect(run.exitCode).toBe(0);
  });

  test('this repository has no findings of its own', () => {
    for (const stage of report.stages.filter(
      (s) => s.command === 'harden-permissions' || s.command === 'verify-pinned-tools',
    )) {
      expect([stage.command, stage.outputs.findings]).toEqual([stage.command, '0']);
    }
  });

  test('it leaves SARIF reports, an SBOM, two bundle files and the public key to check them', () => {
    for (const file of [
      'harden-permissions.sarif',
      'verify-pinned-tools.sarif',
      'sbom.cdx.json',
      'provenance.sigstore.jsonl',
      'sbom.sigstore.jsonl',
      'signing-key.pub.pem',
      'harden-permissions-permissions.json',
      'verify-release-report.json',
    ]) {
      expect([file, existsSync(join(outputDir, file))]).toEqual([file, true]);
    }
    const sbom = JSON.parse(readFileSync(join(outputDir, 'sbom.cdx.json'), 'utf8'));
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.components.some((c: { name: string }) => c.name === 'yaml')).toBe(true);
  });

  test('the provenance names every bundle file in dist/, chunks included, as a subject', () => {
    const bundles = readFileSync(join(outputDir, 'provenance.sigstore.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const statement = JSON.parse(Buffer.from(bundles[0].dsseEnvelope.payload, 'base64').toString('utf8'));
    const names = statement.subject.map((s: { name: string }) => s.name).sort();
    expect(names).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/verify-release/index.js']));
    const shipped = readdirSync(join(repoRoot, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => `dist/${f}`)
      .sort();
    expect(names).toEqual(shipped);
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
  });
});
