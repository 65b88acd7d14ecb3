// The `paved-road` executable: dist/cli/index.js. This entry stays tiny so that Node's compile cache
// (on disk in the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off) covers everything else: a
// later run loads the compiled CLI and its command's chunk instead of compiling them again.
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./run.js');
