#!/usr/bin/env node
// Type-checks the workspace, then bundles every action (and the CLI) with ncc into dist/<target>/.
// Usage: node scripts/build.mjs [--out-dir DIR] [--no-typecheck] [target ...]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every bundle, its entry point, and the files its dependencies read from disk at run time
 * (copied next to index.js, keyed by their path relative to the bundle).
 */
export const targets = {
  'harden-permissions': { entry: 'actions/harden-permissions/src/main.ts', assets: {} },
  'verify-pinned-tools': { entry: 'actions/verify-pinned-tools/src/main.ts', assets: {} },
  'generate-sbom': { entry: 'actions/generate-sbom/src/main.ts', assets: {} },
  'attest-provenance': { entry: 'actions/attest-provenance/src/main.ts', assets: {} },
  'verify-release': { entry: 'actions/verify-release/src/main.ts', assets: {} },
  'find-affected': { entry: 'actions/find-affected/src/main.ts', assets: {} },
  cli: { entry: 'packages/cli/src/main.ts', assets: {} },
};

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build: ${cmd} ${args.join(' ')} failed`);
}

export function build({ outDir, names, typecheck }) {
  if (typecheck) run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  for (const name of names) {
    const target = targets[name];
    if (!target) throw new Error(`build: unknown target "${name}"; known: ${Object.keys(targets).join(', ')}`);
    if (!existsSync(join(root, target.entry))) continue;
    const out = join(outDir, name);
    rmSync(out, { recursive: true, force: true });
    run(process.execPath, [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      target.entry,
      '--out',
      out,
      '--license',
      'licenses.txt',
      '--quiet',
      // build.mjs type-checks the whole workspace once with tsc; ncc only transpiles each bundle.
      '--transpile-only',
    ]);
    for (const [to, from] of Object.entries(target.assets)) {
      mkdirSync(dirname(join(out, to)), { recursive: true });
      cpSync(join(root, from), join(out, to), { recursive: true });
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'out-dir': { type: 'string' }, 'no-typecheck': { type: 'boolean' } },
  });
  const outDir = resolve(root, values['out-dir'] ?? 'dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, '.gitattributes'), '** linguist-generated=true\n');
  try {
    build({
      outDir,
      names: positionals.length ? positionals : Object.keys(targets),
      typecheck: !values['no-typecheck'],
    });
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}
