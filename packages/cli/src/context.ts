import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigurationError, type RunContext } from '@paved-road/core';

let ownTemp: string | undefined;

/** This process's private scratch directory, made on first use. */
function privateTemp(): string {
  ownTemp ??= mkdtempSync(join(tmpdir(), 'paved-road-'));
  return ownTemp;
}

export type Edge = 'action' | 'cli';

export interface ContextOptions {
  edge: Edge;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Where human-readable progress goes (the Actions log is stdout; the CLI keeps stdout for results). */
  write(line: string): void;
  /** The bundle's entry, when worker threads may start from it (RunContext.workerScript). */
  workerScript?: string;
}

/** The reference time: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise now. */
export function referenceTime(env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return new Date();
  if (!/^\d+$/.test(epoch)) {
    throw new ConfigurationError(
      'invalid-input',
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}".`,
      undefined,
      'Set it to e.g. $(git log -1 --format=%ct).',
    );
  }
  return new Date(Number(epoch) * 1000);
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return (
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** owner/repo from a git remote URL (https, ssh or scp-like). */
export function repositoryFromRemote(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /[/:]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  return match?.[1];
}

/**
 * The facts a command needs about where it runs. In Actions they come from the runner's variables;
 * elsewhere (a laptop, another CI) from git, so the CLI gives the same answers.
 */
export function createRunContext(options: ContextOptions): RunContext {
  const { env, edge } = options;
  const inActions = env.GITHUB_ACTIONS === 'true';
  const workspace = resolve(edge === 'action' && env.GITHUB_WORKSPACE ? env.GITHUB_WORKSPACE : options.cwd);
  const debugOn = env.RUNNER_DEBUG === '1';
  // Outside Actions, repository, commit and ref come from git, asked only when a command needs them
  // (each git call costs tens of milliseconds of start-up that an audit does not need).
  const fromGit = <T>(compute: () => T): (() => T) => {
    let done = false;
    let value: T;
    return () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    };
  };
  const repository = fromGit(
    () =>
      env.GITHUB_REPOSITORY ||
      (inActions ? undefined : repositoryFromRemote(git(workspace, ['config', '--get', 'remote.origin.url']))),
  );
  const sha = fromGit(
    () => env.GITHUB_SHA || (inActions ? undefined : git(workspace, ['rev-parse', '--verify', '-q', 'HEAD'])),
  );
  const ref = fromGit(
    () =>
      env.GITHUB_REF || (inActions ? undefined : (git(workspace, ['symbolic-ref', '-q', 'HEAD']) ?? tagAt(workspace))),
  );
  return {
    workspace,
    // Outside Actions, a directory of this run's own (mode 0700): fixed names in the shared temp dir
    // would let another user's file there break the run, or read its results.
    get tempDir() {
      return env.RUNNER_TEMP || privateTemp();
    },
    inActions,
    env,
    get repository() {
      return repository();
    },
    get sha() {
      return sha();
    },
    get ref() {
      return ref();
    },
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    now: new Date(),
    buildTime: referenceTime(env),
    ...(options.workerScript ? { workerScript: options.workerScript } : {}),
    log: (message) => options.write(message),
    debug: (debugMessage) => {
      if (!debugOn) return;
      const message = typeof debugMessage === 'function' ? debugMessage() : debugMessage;
      options.write(
        edge === 'action'
          ? `::debug::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`
          : `debug: ${message}`,
      );
    },
  };
}

function tagAt(cwd: string): string | undefined {
  const tag = git(cwd, ['describe', '--tags', '--exact-match', 'HEAD']);
  return tag ? `refs/tags/${tag}` : undefined;
}
