// generate-sbom on the largest npm lockfile of the corpus (../shared/corpus/sbom/npm-v2-typeorm,
// package-lock.json v2, 722 kB, 1,159 entries) vs `cyclonedx-npm --package-lock-only` and
// `npm sbom --package-lock-only`, each writing CycloneDX 1.6 with dev dependencies (their default).
// The corpus directory is read-only, so each tool runs on a copy in the work directory.
import { copyFileSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, corpus, peerBin, repoRoot, versionOf } from '../lib.mjs';

// The real node binary: the .bin/node shell wrapper would add a shell to every measurement.
const realNode = join(repoRoot, 'node_modules/node/bin/node');

/** The npm lockfile folders of the corpus, largest lockfile first. */
export function largestNpmFolder() {
  const base = join(corpus, 'sbom');
  const folders = readdirSync(base).filter((d) => d.startsWith('npm-'));
  folders.sort(
    (a, b) => statSync(join(base, b, 'package-lock.json')).size - statSync(join(base, a, 'package-lock.json')).size,
  );
  return join(base, folders[0]);
}

/** Ours, cyclonedx-npm and npm sbom on one project directory, all with dev dependencies, CycloneDX 1.6. */
export function sbomCommands(project, workDir) {
  const npm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim() || 'npm';
  // cyclonedx-npm runs `npm_execpath` as npm; under `pnpm bench` that is pnpm. Point it at the system npm.
  const npmCli = spawnSync('readlink', ['-f', npm], { encoding: 'utf8' }).stdout.trim();
  return [
    {
      label: 'paved-road generate-sbom',
      cmd: realNode,
      args: [
        cli,
        'generate-sbom',
        project,
        '--include-dev',
        'true',
        '--spec-version',
        '1.6',
        '--output-file',
        join(workDir, 'ours.cdx.json'),
      ],
      version: versionOf(realNode, [cli, '--version']),
    },
    {
      label: 'cyclonedx-npm',
      cmd: realNode,
      args: [
        peerBin('cyclonedx-npm'),
        '--package-lock-only',
        '--ignore-npm-errors',
        '--spec-version',
        '1.6',
        '--output-reproducible',
        '--output-file',
        join(workDir, 'cyclonedx-npm.cdx.json'),
      ],
      cwd: project,
      env: { npm_execpath: npmCli },
      version: versionOf(realNode, [peerBin('cyclonedx-npm'), '--version']),
    },
    {
      label: 'npm sbom',
      cmd: npm,
      args: ['sbom', '--package-lock-only', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'],
      cwd: project,
      version: versionOf(npm),
    },
  ];
}

export default {
  name: 'generate-sbom-largest',
  description:
    'generate-sbom on the largest corpus package-lock.json vs cyclonedx-npm and npm sbom (--package-lock-only)',
  setup(workDir) {
    const source = largestNpmFolder();
    const project = join(workDir, 'project');
    mkdirSync(project, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(source, file), join(project, file));
    return { workDir, project };
  },
  commands: (ctx) => sbomCommands(ctx.project, ctx.workDir),
};
