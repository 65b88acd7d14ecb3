// Peak memory on large lockfiles. V8 sizes its heap for throughput: while a 20,000-package lockfile is
// read, most of what is allocated survives (the parsed tree, the packages), so the young generation
// doubles up to 64 MiB and old-generation garbage (the tree, once read) waits for a late collection.
// Peak RSS then reaches about 300 MB for 40 MB of live data. For large inputs we trade a little
// speed for a heap that follows the live data: the young generation keeps its initial size, and the
// old generation is collected where we know large structures have just died. Small lockfiles keep
// V8's defaults (they are start-up bound, and these settings would only slow them down).
import { statSync } from 'node:fs';

/** Lockfiles of at least this many bytes in total run with the memory-bounded heap. */
export const LARGE_INPUT_BYTES = 2 * 1024 * 1024;

/** Components a document builder writes between two collections (each costs a few milliseconds). */
export const COMPONENTS_PER_COLLECTION = 4000;

/**
 * The memory plan of a run: made once from the input size, passed to whatever builds large
 * structures, which calls `collect` where they die (after the lockfiles are read; every
 * COMPONENTS_PER_COLLECTION components written). Unbounded, `collect` does nothing.
 */
export interface HeapControl {
  /** Whether the memory-bounded settings are on. */
  bounded: boolean;
  /** A full collection: call where large structures have just become garbage. */
  collect(): void;
}

const UNBOUNDED: HeapControl = { bounded: false, collect: () => undefined };
let bounded: HeapControl | undefined;

/** The total size of the files, or 0 when one cannot be read (the reader reports that). */
export function totalBytes(paths: readonly string[]): number {
  let total = 0;
  for (const path of paths) {
    try {
      total += statSync(path).size;
    } catch {
      return 0;
    }
  }
  return total;
}

/**
 * The heap for an input of `bytes`: V8's defaults below `threshold`; from there on, a young generation
 * that does not grow (`--semi-space-growth-factor=1`, read by V8 each time it would grow) and a
 * full collection on request (`gc`, which V8 exposes in contexts made after `--expose-gc`). Both
 * flags only change when V8 collects, never what a program computes.
 */
export function heapFor(bytes: number, threshold = LARGE_INPUT_BYTES): HeapControl {
  if (bytes < threshold) return UNBOUNDED;
  if (!bounded) {
    // Loaded here: a small input never pays for these two modules.
    const v8 = process.getBuiltinModule('node:v8');
    const vm = process.getBuiltinModule('node:vm');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
    bounded = { bounded: true, collect: gc ?? (() => undefined) };
  }
  return bounded;
}
