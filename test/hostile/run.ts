// Runs a bundle as the runner would, as a separate process, and measures it: exit code, output, the
// step summary and the child's peak resident memory (from /usr/bin/time, so a Buffer-heavy runaway
// counts too, not only V8's heap). A run that outlives the kill timeout is killed and reported.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputEnvironment, nodeBinary, repoRoot } from '../harness/index.js';

export interface MeasuredRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  summary: string;
  /** Peak resident set size of the bundle's process, in MiB. */
  peakMiB: number;
  killed: boolean;
}

/**
 * Generous: a run that takes this long is hung, not slow (the 9.5 MB workflow takes about 20 s on an
 * idle 2-core machine, and several times that when the machine is busy).
 */
export const KILL_AFTER_MS = 110_000;

export interface RunOptions {
  cwd: string;
  /** Action inputs (for an action bundle) or nothing (for the CLI). */
  inputs?: Record<string, string>;
  args?: readonly string[];
  env?: Record<string, string>;
  /** Called once the process is started, e.g. to signal it. */
  started?: (pid: number) => void;
}

/** Runs `dist/<target>/index.js`: an action with INPUT_* and the runner's files, or the CLI with args. */
export function runBundle(target: string, options: RunOptions): Promise<MeasuredRun> {
  const script = join(repoRoot, 'dist', target, 'index.js');
  if (!existsSync(script)) throw new Error(`${script} does not exist; build it with node scripts/build.mjs`);
  const scratch = mkdtempSync(join(tmpdir(), 'hostile-run-'));
  const summaryFile = join(scratch, 'summary.md');
  const rssFile = join(scratch, 'rss');
  writeFileSync(summaryFile, '');
  writeFileSync(join(scratch, 'output'), '');
  const metadata = join(repoRoot, 'actions', target, 'action.yml');
  const isAction = target !== 'cli';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    ...(isAction
      ? {
          ...inputEnvironment(existsSync(metadata) ? metadata : undefined, options.inputs),
          GITHUB_ACTIONS: 'true',
          CI: 'true',
          GITHUB_WORKSPACE: options.cwd,
          RUNNER_TEMP: scratch,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_OUTPUT: join(scratch, 'output'),
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_API_URL: 'http://127.0.0.1:9',
        }
      : {}),
    ...options.env,
  };
  return new Promise((resolvePromise, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, nodeBinary, script, ...(options.args ?? [])], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (child.pid !== undefined && options.started) options.started(child.pid);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      // time(1) reports a signalled child on stderr ("Command terminated by signal 15") and exits 128+n.
      const terminated = /^Command (?:terminated by signal (\d+)|exited with non-zero status \d+)\n/m.exec(stderr);
      stderr = stderr.replace(/^Command (?:terminated by signal \d+|exited with non-zero status \d+)\n/m, '');
      const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
      resolvePromise({
        exitCode: terminated?.[1] ? null : code,
        signal: terminated?.[1] ? (signalName(Number(terminated[1])) ?? signal) : signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        summary: readFileSync(summaryFile, 'utf8'),
        peakMiB: rss / 1024,
        killed,
      });
    });
  });
}

function signalName(n: number): NodeJS.Signals | undefined {
  return ({ 2: 'SIGINT', 9: 'SIGKILL', 15: 'SIGTERM' } as Record<number, NodeJS.Signals>)[n];
}

/** The lines a run printed that are not workflow commands the runner consumes (`::group::`, ...). */
export function messageLines(run: MeasuredRun): string[] {
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line && !/^::(?:group|endgroup|debug|add-mask|set-output)/.test(line));
}
