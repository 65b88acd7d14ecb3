// The `paved-road` executable: dist/cli/index.js. This entry stays tiny so that Node's compile cache
// (on disk in the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off) covers everything else: a
// later run loads the compiled CLI and its command's chunk instead of compiling them again. It names
// itself (import.meta.url: this file, the bundle's entry) as the script worker threads start from.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
const { start } = await import('./run.js');
await start(import.meta.url);
