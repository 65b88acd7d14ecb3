// parallelMap and serveWorkerTask, both sides for real: the workers run this package's own
// parallel.ts and errors.ts (compiled to ESM by swc into a temp dir, as the bundle would carry them)
// from a small worker script; this thread runs the same work through `local`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from '@swc/core';
import { ConfigurationError, parallelMap, threadCount, WORKERS_VARIABLE } from '../src/index.js';

let dir: string;
let script: string;

/** The task both sides run: index -> {index, square}; failAt throws a ConfigurationError naming the index. */
interface Payload {
  failAt?: number[];
  /** How the worker behaves before serving: 'exit' ends the thread, 'throw' fails loading it. */
  start?: 'exit' | 'throw';
  /** Set to 1 by a worker once it has done an item, so `local` can wait for that (no timing). */
  workerDid?: SharedArrayBuffer;
}

function work(payload: Payload, index: number): { index: number; square: number } {
  if (payload.failAt?.includes(index))
    throw new ConfigurationError('bad-item', `item ${index} is bad`, { file: `f${index}.yml`, line: 2 }, 'Fix it.');
  return { index, square: index * index };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallel-'));
  for (const name of ['parallel', 'errors']) {
    const source = readFileSync(join(__dirname, '..', 'src', `${name}.ts`), 'utf8');
    const { code } = transformSync(source, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
    });
    writeFileSync(join(dir, `${name}.mjs`), code.replace(/from '\.\/errors\.js'/g, "from './errors.mjs'"));
  }
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  script = join(dir, 'worker.mjs');
  writeFileSync(
    script,
    `import { workerData } from 'node:worker_threads';
import { serveWorkerTask, workerTaskCommand } from './parallel.mjs';
import { ConfigurationError } from './errors.mjs';
const payload = workerData.payload;
if (workerTaskCommand() !== 'square') throw new Error('not started as the square task');
if (payload.start === 'exit') process.exit(3);
if (payload.start === 'throw') throw new Error('cannot load the task');
serveWorkerTask((p) => (index) => {
  if (p.failAt?.includes(index))
    throw new ConfigurationError('bad-item', \`item \${index} is bad\`, { file: \`f\${index}.yml\`, line: 2 }, 'Fix it.');
  if (p.workerDid) Atomics.store(new Int32Array(p.workerDid), 0, 1), Atomics.notify(new Int32Array(p.workerDid), 0);
  return { index, square: index * index };
});
`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(payload: Payload, count: number, threads = 3) {
  const did = payload.workerDid ? new Int32Array(payload.workerDid) : undefined;
  return parallelMap({
    command: 'square',
    script,
    threads,
    count,
    payload,
    chunk: 4,
    local: (index) => {
      // The first item here waits until a worker has done one: both sides surely take part.
      if (did && index < 4) Atomics.wait(did, 0, 0, 20_000);
      return work(payload, index);
    },
  });
}

describe('parallelMap', () => {
  test('every index once, in index order, from this thread and the workers alike', async () => {
    const workerDid = new SharedArrayBuffer(4);
    const results = await run({ workerDid }, 500);
    expect(Atomics.load(new Int32Array(workerDid), 0)).toBe(1);
    expect(results).toEqual(Array.from({ length: 500 }, (_, index) => ({ index, square: index * index })));
  });

  test('the error of the lowest failing index is thrown, a ConfigurationError as itself', async () => {
    const failAt = [450, 37, 301, 38];
    const error: unknown = await run({ failAt, workerDid: new SharedArrayBuffer(4) }, 500).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toBe('f37.yml:2: item 37 is bad. Fix it.');
    expect((error as ConfigurationError).code).toBe('bad-item');
  });

  test('a worker that ends before serving fails the run with one line, even when this thread did every item', async () => {
    await expect(run({ start: 'exit' }, 40)).rejects.toThrow(
      `a worker thread stopped before it finished its files (exit code 3); ${WORKERS_VARIABLE}=1 runs in one thread`,
    );
  });

  test('a worker that cannot load fails the run, saying why', async () => {
    await expect(run({ start: 'throw' }, 40)).rejects.toThrow(
      /^a worker thread stopped before it finished its files \(cannot load the task\)/,
    );
  });
});

describe('threadCount', () => {
  test(`${WORKERS_VARIABLE} decides when set: 1 is one thread, N is N (at most one per item)`, () => {
    expect(threadCount({ [WORKERS_VARIABLE]: '1' }, 10_000, { minItemsPerThread: 250 })).toBe(1);
    expect(threadCount({ [WORKERS_VARIABLE]: '3' }, 10, { minItemsPerThread: 250 })).toBe(3);
    expect(threadCount({ [WORKERS_VARIABLE]: '8' }, 2, { minItemsPerThread: 250 })).toBe(2);
  });

  test('unset: one thread below minItemsPerThread per thread, never more than the cores', () => {
    expect(threadCount({}, 150, { minItemsPerThread: 250 })).toBe(1);
    expect(threadCount({ [WORKERS_VARIABLE]: '' }, 499, { minItemsPerThread: 250 })).toBe(1);
    const many = threadCount({}, 1_000_000, { minItemsPerThread: 250, maxThreads: 64 });
    expect(many).toBeGreaterThanOrEqual(1);
    expect(many).toBeLessThanOrEqual(availableParallelism());
  });

  test('anything but a whole number of threads is bad input', () => {
    for (const bad of ['0', 'two', '-1', '1.5', '99999'])
      expect(() => threadCount({ [WORKERS_VARIABLE]: bad }, 10, { minItemsPerThread: 1 })).toThrow(
        new RegExp(`${WORKERS_VARIABLE} must be a number of threads from 1 to 9999, got "${bad.replace('.', '\\.')}"`),
      );
  });
});
