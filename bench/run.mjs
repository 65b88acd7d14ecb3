#!/usr/bin/env node
// Side-by-side benchmarks: `pnpm bench <case> [--pairs N]`. Runs our command and each peer alternately
// (one warm-up round, then N rounds), reports median wall time, peak RSS and the ratio, and appends a
// dated row per command to bench/RESULTS.md. Peak RSS is the child's ru_maxrss, measured by a small
// python3 wrapper (getrusage of waited-for children), so it covers any program, not just Node.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const benchDir = dirname(fileURLToPath(import.meta.url));
const resultsFile = join(benchDir, 'RESULTS.md');

const MEASURE = `
import json, os, shutil, sys, tempfile, time
if sys.argv[1]: os.chdir(sys.argv[1])
argv = sys.argv[2:]
exe = shutil.which(argv[0]) or argv[0]
err = tempfile.NamedTemporaryFile(delete=False)
start = time.perf_counter()
# posix_spawn (vfork) and wait4: the peak RSS is the child's own, not a fork of this interpreter.
pid = os.posix_spawn(exe, argv, os.environ, file_actions=[
    (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
    (os.POSIX_SPAWN_OPEN, 2, err.name, os.O_WRONLY | os.O_TRUNC, 0)])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
stderr = open(err.name, 'rb').read().decode(errors='replace')[-2000:]
os.unlink(err.name)
print(json.dumps({"wall": wall, "rss_kib": usage.ru_maxrss, "status": os.waitstatus_to_exitcode(status), "stderr": stderr}))
`;

// Linux records the RSS high-water mark of the image a child replaces at exec, so a measuring parent
// must be small: GNU time (about 1 MB) where installed, else python3 (a floor of about 13 MB).
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function measure(command) {
  if (GNU_TIME) return measureWithTime(command);
  const result = spawnSync('python3', ['-c', MEASURE, command.cwd ?? '', command.cmd, ...command.args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...(command.env ?? {}) },
  });
  if (result.status !== 0) throw new Error(`bench: could not run the measuring wrapper: ${result.stderr}`);
  const sample = JSON.parse(result.stdout);
  const okStatuses = command.okStatuses ?? [0];
  if (!okStatuses.includes(sample.status)) {
    throw new Error(`bench: "${command.label}" exited ${sample.status}:\n${sample.stderr}`);
  }
  return sample;
}

function measureWithTime(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(GNU_TIME, ['-f', '@@rss %M', command.cmd, ...command.args], {
    cwd: command.cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...(command.env ?? {}) },
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = result.stderr ?? '';
  const rss = /@@rss (\d+)\s*$/.exec(stderr);
  const okStatuses = command.okStatuses ?? [0];
  if (!rss || !okStatuses.includes(result.status)) {
    throw new Error(`bench: "${command.label}" exited ${result.status}:\n${stderr.slice(-2000)}`);
  }
  return { wall, rss_kib: Number(rss[1]), status: result.status };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function machine() {
  const cpu = cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${cpus().length}x ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
}

async function loadCase(name) {
  const file = join(benchDir, 'cases', `${name}.mjs`);
  if (!existsSync(file)) {
    const known = existsSync(join(benchDir, 'cases'))
      ? readdirSync(join(benchDir, 'cases'))
          .filter((f) => f.endsWith('.mjs'))
          .map((f) => f.slice(0, -4))
      : [];
    console.error(`bench: no case "${name}". Known: ${known.join(', ') || '(none)'}`);
    process.exit(2);
  }
  return (await import(pathToFileURL(file).href)).default;
}

async function runCase(name, pairs) {
  const benchCase = await loadCase(name);
  const workDir = join(benchDir, '.work', name);
  mkdirSync(workDir, { recursive: true });
  const ctx = (await benchCase.setup?.(workDir)) ?? { workDir };
  const commands = benchCase.commands(ctx);
  console.error(`bench ${name}: ${benchCase.description ?? ''}`);
  // A command may ask for fewer rounds (`rounds: N`, and `warmUp: false`) when one run of it takes
  // minutes; its row says how many rounds it had.
  for (const command of commands) if (command.warmUp !== false) measure(command); // caches, JIT, page cache
  const samples = commands.map(() => []);
  for (let round = 0; round < pairs; round++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const order = round % 2 ? [...commands.keys()].reverse() : [...commands.keys()];
    for (const i of order) if (round < (commands[i].rounds ?? pairs)) samples[i].push(measure(commands[i]));
  }
  const rows = commands.map((command, i) => ({
    label: command.label,
    wall: median(samples[i].map((s) => s.wall)),
    rss: Math.max(...samples[i].map((s) => s.rss_kib)) / 1024,
    version: command.version ?? '',
    rounds: samples[i].length,
  }));
  const ours = rows[0];
  const date = new Date().toISOString().slice(0, 10);
  const lines = [];
  for (const row of rows) {
    const ratio = row === ours ? '1.00' : (row.wall / ours.wall).toFixed(2);
    lines.push(
      `| ${date} | ${name} | ${row.label}${row.version ? ` ${row.version}` : ''} | ${(row.wall * 1000).toFixed(0)} ms | ${row.rss.toFixed(0)} MB | ${ratio} | ${row.rounds} | ${machine()} |`,
    );
    console.log(
      `${row.label.padEnd(28)} median ${(row.wall * 1000).toFixed(1).padStart(9)} ms   peak RSS ${row.rss.toFixed(1).padStart(7)} MB   ${row === ours ? '' : `${(row.wall / ours.wall).toFixed(2)}x ours`}`,
    );
  }
  // A case's derived figures (rates, ratios against targets) are printed and kept with its rows.
  for (const line of benchCase.report?.(rows) ?? []) {
    console.log(line);
    lines.push(`| ${date} | ${name} | ${line} | | | | ${pairs} | ${machine()} |`);
  }
  if (!existsSync(resultsFile)) {
    writeFileSync(
      resultsFile,
      "# Benchmark results\n\nAppended by `pnpm bench <case>`: median wall time over the rounds after a warm-up, peak RSS (max over rounds), and each peer's time as a multiple of ours (higher = we are faster). The first row of each run is paved-road.\n\n| date | case | command | median | peak RSS | peer / ours | rounds | machine |\n|---|---|---|---|---|---|---|---|\n",
    );
  }
  appendFileSync(resultsFile, `${lines.join('\n')}\n`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pairs: { type: 'string', default: '5' } },
});
const pairs = Math.max(5, Number(values.pairs));
if (!positionals.length) {
  console.error('Usage: pnpm bench <case> [<case> ...] [--pairs N]  (cases in bench/cases/)');
  process.exit(2);
}
for (const name of positionals) await runCase(name, pairs);
