// scripts/check-dist.mjs must fail when a committed bundle is stale.
//
// The real build.mjs and check-dist.mjs run (copied as they are now) in a sandbox checkout whose CLI
// entry point is a tiny program with one dependency, and whose node_modules and other packages are the
// repository's (symlinked). Two reasons not to use the repository's own dist/cli: check-dist rebuilds
// from the working tree, which other work changes under the test; and a full CLI build costs a
// minute of CPU per run. Whether the committed dist/ is fresh is what check-dist itself answers in CI.
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot, spawnCli } from './harness/index.js';

const TARGET = 'cli';
const LIMIT_MS = 4 * 60_000;
let sandbox: string;
let dist: string;

/** The target's entry point as scripts/build.mjs declares it (read by importing the script). */
async function targetEntry(dir: string): Promise<string> {
  writeFileSync(
    join(dir, 'entry.mjs'),
    `const { targets } = await import('./scripts/build.mjs');\nconsole.log(targets[${JSON.stringify(TARGET)}].entry);\n`,
  );
  const result = await spawnCli(join(dir, 'entry.mjs'), [], { cwd: dir });
  const entry = result.stdout.trim();
  if (result.exitCode !== 0 || !entry)
    throw new Error(`cannot read the ${TARGET} entry from build.mjs:\n${result.stderr}`);
  return entry;
}

async function makeSandbox(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'paved-road-check-dist-'));
  mkdirSync(join(dir, 'scripts'));
  for (const script of ['build.mjs', 'check-dist.mjs'])
    copyFileSync(join(repoRoot, 'scripts', script), join(dir, 'scripts', script));
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
      },
      include: ['**/src/**/*.ts'],
      exclude: ['node_modules'],
    }),
  );
  // Our tiny program stands at the target's entry; the other packages stay reachable (a target's
  // assets may come from them).
  const entry = await targetEntry(dir);
  const [top, owner] = entry.split('/');
  for (const area of ['packages', 'actions']) {
    mkdirSync(join(dir, area), { recursive: true });
    for (const name of readdirSync(join(repoRoot, area))) {
      if (!(area === top && name === owner)) symlinkSync(join(repoRoot, area, name), join(dir, area, name));
    }
  }
  mkdirSync(dirname(join(dir, entry)), { recursive: true });
  writeFileSync(
    join(dir, entry),
    "import { parse } from 'yaml';\n\nconst value: unknown = parse(process.argv[2] ?? 'a: 1');\nconsole.log(JSON.stringify(value));\n",
  );
  return dir;
}

function script(name: string, args: string[]): ReturnType<typeof spawnCli> {
  // check-dist's scratch folder goes under TMPDIR: keep it inside the sandbox, so that it is removed
  // with it even when the script exits without cleaning up.
  const scratch = join(sandbox, 'tmp');
  mkdirSync(scratch, { recursive: true });
  return spawnCli(join(sandbox, 'scripts', name), args, {
    cwd: sandbox,
    timeoutMs: LIMIT_MS,
    env: { TMPDIR: scratch },
  });
}

beforeAll(async () => {
  sandbox = await makeSandbox();
  dist = join(sandbox, 'committed-dist');
  const build = await script('build.mjs', ['--no-typecheck', '--out-dir', dist, TARGET]);
  if (build.exitCode !== 0) throw new Error(`building the reference bundle failed:\n${build.stdout}\n${build.stderr}`);
}, LIMIT_MS);

afterAll(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

/** A copy of the reference bundle to spoil, as if it were the committed dist/. */
function committedCopy(): string {
  const copy = mkdtempSync(join(sandbox, 'dist-'));
  cpSync(join(dist, TARGET), join(copy, TARGET), { recursive: true });
  return copy;
}

it('the reference bundle is a working program', async () => {
  expect(readdirSync(join(dist, TARGET))).toEqual(expect.arrayContaining(['index.js', 'licenses.txt', 'package.json']));
  const ran = await spawnCli(join(dist, TARGET, 'index.js'), ['b: [1, 2]'], { cwd: sandbox });
  expect(ran.stdout.trim()).toBe('{"b":[1,2]}');
});

it(
  'passes when the bundle is fresh',
  async () => {
    const fresh = await script('check-dist.mjs', ['--dist-dir', committedCopy(), TARGET]);
    expect(fresh.stderr).toBe('');
    expect(fresh.stdout).toContain('1 bundle(s) up to date');
    expect(fresh.exitCode).toBe(0);
  },
  LIMIT_MS,
);

it(
  'fails on one appended byte and names the file',
  async () => {
    const copy = committedCopy();
    appendFileSync(join(copy, TARGET, 'index.js'), '\n');
    const stale = await script('check-dist.mjs', ['--dist-dir', copy, TARGET]);
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain('1 file(s)');
    expect(stale.stderr).toContain(`${TARGET}/index.js (differs)`);
  },
  LIMIT_MS,
);

it(
  'fails on a deleted file and on a file the build does not produce',
  async () => {
    const copy = committedCopy();
    unlinkSync(join(copy, TARGET, 'licenses.txt'));
    writeFileSync(join(copy, TARGET, 'stray.js'), 'export {};\n');
    const stale = await script('check-dist.mjs', ['--dist-dir', copy, TARGET]);
    expect(stale.exitCode).toBe(1);
    expect(stale.stderr).toContain('2 file(s)');
    expect(stale.stderr).toContain(`${TARGET}/licenses.txt (missing)`);
    expect(stale.stderr).toContain(`${TARGET}/stray.js (not produced by the build`);
    expect(stale.stderr).not.toContain(`${TARGET}/index.js`);
  },
  LIMIT_MS,
);
