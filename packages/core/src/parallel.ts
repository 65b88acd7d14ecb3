// Spreads a command's per-item work (one file each) over worker threads. The calling thread does its
// share too: every thread claims the next chunk of indices from one shared counter, so a thread that
// started late (a worker loading the bundle) or got slow files simply claims fewer. Each worker runs
// the bundle's own entry again (RunContext.workerScript) with `workerData` naming the command; the edge
// sees it and serves the command's `workerTask` instead of running the command. Results are put back
// in index order, so the caller merges them exactly as a one-thread loop would.
import { availableParallelism } from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';
import { ConfigurationError, errorMessage, type Location } from './errors.js';

/**
 * The knob: how many threads an audit may use, this one included. Unset or empty: by the number of
 * files and cores; `1`: one thread; `N`: N threads whatever the number of files (at most one per file).
 */
export const WORKERS_VARIABLE = 'PAVED_ROAD_WORKERS';

/** A command's side of the work in a worker thread: set up once from the payload, then one call per index. */
export type WorkerTask = (payload: unknown) => (index: number) => unknown;

export interface ThreadCountOptions {
  /** Fewer items than this per thread, and starting one more thread costs more than it saves. */
  minItemsPerThread: number;
  /** Never more threads than this without the knob. */
  maxThreads?: number;
}

/**
 * How many threads (the calling one included) to use for `count` items: `PAVED_ROAD_WORKERS` when set,
 * else one per `minItemsPerThread` items, up to the cores available (and `maxThreads`).
 */
export function threadCount(
  env: Readonly<Record<string, string | undefined>>,
  count: number,
  options: ThreadCountOptions,
): number {
  const raw = env[WORKERS_VARIABLE]?.trim();
  if (raw) {
    if (!/^[1-9]\d{0,3}$/.test(raw)) {
      throw new ConfigurationError(
        'invalid-input',
        `${WORKERS_VARIABLE} must be a number of threads from 1 to 9999, got "${raw}".`,
        undefined,
        `Set ${WORKERS_VARIABLE}=1 to audit in one thread, or unset it to choose by the number of files.`,
      );
    }
    return Math.max(1, Math.min(Number(raw), count));
  }
  const byCores = Math.min(availableParallelism(), options.maxThreads ?? 8);
  return Math.max(1, Math.min(byCores, Math.floor(count / options.minItemsPerThread)));
}

/** Indices into the shared Int32Array. */
const NEXT = 0;
const STOP = 1;

interface WorkerTaskData {
  pavedRoadWorkerTask: string;
  payload: unknown;
  state: SharedArrayBuffer;
  count: number;
  chunk: number;
}

/** An error as it crosses threads: a ConfigurationError keeps its code, location and fix. */
type SerializedError =
  | { kind: 'configuration'; code: string; message: string; location?: Location; fix?: string }
  | { kind: 'internal'; message: string; stack?: string };

type WorkerMessage =
  | { kind: 'results'; start: number; results: unknown[] }
  | { kind: 'failed'; index: number; error: SerializedError }
  | { kind: 'done' };

function serializeError(error: unknown): SerializedError {
  if (error instanceof ConfigurationError) {
    return {
      kind: 'configuration',
      code: error.code,
      message: error.message,
      ...(error.location ? { location: error.location } : {}),
      ...(error.fix !== undefined ? { fix: error.fix } : {}),
    };
  }
  return {
    kind: 'internal',
    message: errorMessage(error),
    ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
  };
}

function deserializeError(error: SerializedError): Error {
  if (error.kind === 'configuration')
    return new ConfigurationError(error.code, error.message, error.location, error.fix);
  const out = new Error(error.message);
  if (error.stack) out.stack = error.stack;
  return out;
}

/**
 * Given to every worker we start (it is appended to the worker's process.argv), so that a normal run
 * can tell it is not one without loading node:worker_threads (about 3 ms of start-up).
 */
const WORKER_ARGUMENT = '--paved-road-worker-task';

const workerThreads = (): typeof WorkerThreads => process.getBuiltinModule('node:worker_threads');

/** The command whose worker task this thread was started for, or undefined in a normal run. */
export function workerTaskCommand(): string | undefined {
  if (!process.argv.includes(WORKER_ARGUMENT)) return undefined;
  const { isMainThread, parentPort, workerData } = workerThreads();
  if (isMainThread || !parentPort) return undefined;
  const data = workerData as Partial<WorkerTaskData> | null | undefined;
  return typeof data?.pavedRoadWorkerTask === 'string' ? data.pavedRoadWorkerTask : undefined;
}

/**
 * Claims chunks of indices from the shared counter until none are left or another thread said stop,
 * runs `run` on each index, and hands each chunk's results to `deliver` (a chunk cut short by an
 * error too, with the results before it). At the first index that throws it tells the other threads
 * to stop and returns that index and error. Every thread, this one and the workers, works through it.
 */
function claimChunks<R>(
  state: Int32Array,
  count: number,
  chunk: number,
  run: (index: number) => R,
  deliver: (start: number, results: R[]) => void,
): { index: number; error: unknown } | undefined {
  for (;;) {
    if (Atomics.load(state, STOP)) return undefined;
    const start = Atomics.add(state, NEXT, chunk);
    if (start >= count) return undefined;
    const end = Math.min(count, start + chunk);
    const results: R[] = [];
    for (let index = start; index < end; index++) {
      try {
        results.push(run(index));
      } catch (error) {
        Atomics.store(state, STOP, 1);
        deliver(start, results);
        return { index, error };
      }
    }
    deliver(start, results);
  }
}

/**
 * Serves this worker thread's share (the edge calls it when `workerTaskCommand()` names a command):
 * claims chunks of indices from the shared counter until none are left, posts each chunk's results,
 * and stops at the first index that throws (posting the error and telling the other threads to stop).
 */
export function serveWorkerTask(task: WorkerTask | undefined): void {
  const { parentPort: port, workerData } = workerThreads();
  const data = workerData as WorkerTaskData;
  if (!port) throw new Error('serveWorkerTask runs only in a worker thread');
  if (!task) throw new Error(`no worker task for command "${data.pavedRoadWorkerTask}"`);
  const failure = claimChunks(
    new Int32Array(data.state),
    data.count,
    data.chunk,
    task(data.payload),
    (start, results) => port.postMessage({ kind: 'results', start, results } satisfies WorkerMessage),
  );
  port.postMessage(
    (failure
      ? { kind: 'failed', index: failure.index, error: serializeError(failure.error) }
      : { kind: 'done' }) satisfies WorkerMessage,
  );
}

export interface ParallelOptions<R> {
  /** The command whose `workerTask` the workers serve. */
  command: string;
  /** The bundle entry a worker starts from (RunContext.workerScript). */
  script: string | URL;
  /** Threads in all, this one included (at least 2). */
  threads: number;
  count: number;
  /** Given to the command's `workerTask` in each worker (structured-cloned). */
  payload: unknown;
  /** The same work in this thread: what the worker task returns for `index`. */
  local(index: number): R;
  /** Indices claimed at a time. */
  chunk?: number;
}

/**
 * Runs `local(i)` for every index in 0..count-1 across `threads` threads and returns the results in
 * index order. When an index throws, the error of the lowest such index is thrown (a one-thread loop
 * would have stopped there), a ConfigurationError as itself. A worker that stops without finishing
 * (crashed, killed, could not load) fails the run with one line saying so.
 */
export async function parallelMap<R>(options: ParallelOptions<R>): Promise<R[]> {
  const { count } = options;
  const chunk = Math.max(1, options.chunk ?? 16);
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const results: R[] = new Array<R>(count);
  const filled = new Uint8Array(count);
  const failures: Array<{ index: number; error: Error }> = [];
  const crashes: string[] = [];
  const put = (start: number, values: readonly unknown[]): void => {
    for (let i = 0; i < values.length; i++) {
      results[start + i] = values[i] as R;
      filled[start + i] = 1;
    }
  };
  const data: WorkerTaskData = {
    pavedRoadWorkerTask: options.command,
    payload: options.payload,
    state: shared,
    count,
    chunk,
  };
  const workers = Array.from({ length: Math.max(0, options.threads - 1) }, () => {
    const worker = new (workerThreads().Worker)(options.script, { workerData: data, argv: [WORKER_ARGUMENT] });
    return new Promise<void>((resolve) => {
      let done = false;
      let failure: string | undefined;
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'results') put(message.start, message.results);
        else {
          done = true;
          if (message.kind === 'failed')
            failures.push({ index: message.index, error: deserializeError(message.error) });
        }
      });
      worker.on('error', (error: unknown) => {
        failure ??= errorMessage(error).split('\n')[0];
      });
      worker.on('exit', (code) => {
        if (!done || code !== 0) {
          Atomics.store(state, STOP, 1);
          crashes.push(failure ?? `exit code ${code}`);
        }
        resolve();
      });
    });
  });

  // This thread's share, claimed chunk by chunk like the workers'.
  const failure = claimChunks(state, count, chunk, options.local, put);
  if (failure) {
    const { index, error } = failure;
    failures.push({ index, error: error instanceof Error ? error : new Error(errorMessage(error)) });
  }
  await Promise.all(workers);

  if (crashes.length) {
    throw new Error(
      `a worker thread stopped before it finished its files (${crashes[0]}); ${WORKERS_VARIABLE}=1 runs in one thread`,
    );
  }
  if (failures.length) {
    failures.sort((a, b) => a.index - b.index);
    throw failures[0]!.error;
  }
  const missing = filled.indexOf(0);
  if (missing !== -1) throw new Error(`parallel run: no result for item ${missing} of ${count}`);
  return results;
}
