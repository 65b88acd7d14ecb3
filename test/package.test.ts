// The CLI as the npm package `paved-road`: what `npm pack` would publish, the `bin` it installs, the
// Node versions it claims, and what an older Node prints.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness/index.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

test('npm pack publishes the CLI bundle, the README, the changelog and the license, nothing else', () => {
  // --ignore-scripts: prepare sets up a checkout (the benchmark peers), not a tarball.
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  expect([pack.status, pack.stderr.includes('npm error') ? pack.stderr : '']).toEqual([0, '']);
  const [packed] = JSON.parse(pack.stdout) as Array<{ name: string; version: string; files: Array<{ path: string }> }>;
  expect([packed!.name, packed!.version]).toEqual(['paved-road', '0.1.0']);
  const files = packed!.files.map((f) => f.path);
  expect(files).toEqual(
    expect.arrayContaining([
      'dist/cli/index.js',
      'dist/cli/package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'package.json',
    ]),
  );
  expect(
    files.filter(
      (f) => !f.startsWith('dist/cli/') && !['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(f),
    ),
  ).toEqual([]);
});

test('the bin is the CLI bundle, runnable as a script', () => {
  expect(manifest.bin).toEqual({ 'paved-road': 'dist/cli/index.js' });
  expect(readFileSync(join(repoRoot, 'dist/cli/index.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  // A registry install runs no checkout setup.
  expect(Object.keys(manifest.scripts)).not.toEqual(expect.arrayContaining(['postinstall']));
  expect(manifest.private).toBeUndefined();
});

/** Node binaries on this machine older than the engines range (the system Node, usually). */
function olderNodes(minimum: number): string[] {
  const candidates = new Set(['/usr/bin/node', '/usr/local/bin/node']);
  const which = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' });
  for (const line of which.stdout.split('\n').filter(Boolean)) candidates.add(line);
  return [...candidates].filter((binary) => {
    if (!existsSync(binary)) return false;
    const version = spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    return Number(version.split('.')[0]) < minimum;
  });
}

test('on a Node older than engines the CLI prints one line naming the version it needs', () => {
  expect(manifest.engines.node).toBe('>=24');
  const nodes = olderNodes(24);
  // The machine's system Node (20) is what this test runs the bundle with.
  expect(nodes.length).toBeGreaterThan(0);
  for (const node of nodes) {
    for (const args of [['--version'], ['harden-permissions', '.github/workflows']]) {
      const run = spawnSync(node, [join(repoRoot, 'dist/cli/index.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
      expect([node, args[0], run.status, run.stdout]).toEqual([node, args[0], 2, '']);
      const lines = run.stderr.trim().split('\n');
      expect([node, lines.length]).toEqual([node, 1]);
      expect(lines[0]).toMatch(/^paved-road: needs Node\.js 24 or newer; this is Node\.js \d+\.\d+\.\d+\./);
    }
  }
});
