#!/usr/bin/env node
// The `paved-road` executable: dist/cli/index.js. This entry stays tiny so that Node's compile cache
// (on disk in the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off) covers everything else: a
// later run loads the compiled CLI and its command's chunk instead of compiling them again. It names
// itself (import.meta.url: this file, the bundle's entry) as the script worker threads start from.
// It checks the Node version first, with nothing but what every Node has: on an older Node the rest
// fails on APIs it lacks (fs.globSync, Sigstore's crypto), with an error that names none of that.
import * as nodeModule from 'node:module';

/** The oldest Node major the CLI runs on: package.json's `engines.node` says the same (a test checks). */
const MINIMUM_NODE_MAJOR = 24;

const major = Number(process.versions.node.split('.')[0]);
if (!(major >= MINIMUM_NODE_MAJOR)) {
  process.stderr.write(
    `paved-road: needs Node.js ${MINIMUM_NODE_MAJOR} or newer; this is Node.js ${process.versions.node}. Install Node.js ${MINIMUM_NODE_MAJOR} (e.g. from nodejs.org) and run it again.\n`,
  );
  process.exit(2);
}
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { start } = await import('./run.js');
await start(import.meta.url);
