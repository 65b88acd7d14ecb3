// Helpers for bench cases (bench/cases/*.mjs).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The pinned Node 24 that runs our bundles, as the Actions runner would. */
export const node = join(repoRoot, 'node_modules/.bin/node');
/** Our CLI bundle. */
export const cli = join(repoRoot, 'dist/cli/index.js');
export const corpus = resolve(repoRoot, '../shared/corpus');
/** Binaries of peer tools installed in bench/peers. */
export const peerBin = (name) => join(repoRoot, 'bench/peers/node_modules/.bin', name);

/** First line of `cmd args` (a tool's --version), for the results table. */
export function versionOf(cmd, args = ['--version']) {
  const result = spawnSync(cmd, args, { encoding: 'utf8' });
  return (result.stdout || result.stderr || '').trim().split('\n')[0];
}
