#!/usr/bin/env node
// Rebuilds the bundles into a scratch folder and fails when any file differs from the committed dist/.
// Usage: node scripts/check-dist.mjs [--dist-dir DIR] [target ...]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, targets } from './build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dist-dir': { type: 'string' } },
});
const distDir = resolve(root, values['dist-dir'] ?? 'dist');
const names = positionals.length ? positionals : Object.keys(targets);

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) files.push(relative(dir, path));
  }
  return files.sort();
}

const scratch = mkdtempSync(join(tmpdir(), 'paved-road-dist-'));
try {
  build({ outDir: scratch, names, typecheck: false });
  const stale = [];
  for (const name of names) {
    const fresh = listFiles(join(scratch, name));
    const committed = listFiles(join(distDir, name));
    for (const file of new Set([...fresh, ...committed])) {
      const a = join(scratch, name, file);
      const b = join(distDir, name, file);
      if (!existsSync(a)) stale.push(`${name}/${file} (not produced by the build: delete it)`);
      else if (!existsSync(b)) stale.push(`${name}/${file} (missing)`);
      else if (!readFileSync(a).equals(readFileSync(b))) stale.push(`${name}/${file} (differs)`);
    }
  }
  if (stale.length) {
    console.error(`check-dist: ${stale.length} file(s) in ${relative(root, distDir) || distDir} are stale:`);
    for (const line of stale) console.error(`  ${line}`);
    console.error('Run `pnpm build` and commit dist/.');
    process.exitCode = 1;
  } else {
    console.log(`check-dist: ${names.length} bundle(s) up to date`);
  }
} catch (error) {
  console.error(`check-dist: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
