import type { Finding } from './finding.js';
import type { WorkerTask } from './parallel.js';
import type { RuleDefinition, RuleRegistry } from './rules.js';

/**
 * One input of a command. The same definition is an action input (`INPUT_<NAME>`), a CLI flag
 * (`--<name>`) and, where a policy section has it, a policy key: one name everywhere.
 */
export interface InputDefinition {
  name: string;
  description: string;
  /** A string, as in action.yml. Omitted: no default. */
  default?: string;
  required?: boolean;
  /** On the CLI, positional arguments fill this input (paths). */
  positional?: boolean;
  /** Never echoed in errors or the summary. */
  secret?: boolean;
}

export interface OutputDefinition {
  name: string;
  description: string;
}

/** Where a command runs: the facts of the environment, gathered once at the edge. */
export interface RunContext {
  /** The working directory paths are relative to (GITHUB_WORKSPACE in Actions, the cwd on the CLI). */
  workspace: string;
  /** Scratch space for large results (RUNNER_TEMP in Actions, the OS temp dir otherwise). */
  tempDir: string;
  /** True inside GitHub Actions (GITHUB_ACTIONS=true). */
  inActions: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** owner/repo, commit and ref: from the GITHUB_* variables, or from git outside Actions. */
  repository?: string;
  sha?: string;
  ref?: string;
  serverUrl: string;
  apiUrl: string;
  /**
   * The real current time: exceptions expire and tokens lapse by it, whatever SOURCE_DATE_EPOCH says
   * (re-running an old commit must not revive an expired exception).
   */
  now: Date;
  /** The time written into outputs: SOURCE_DATE_EPOCH when set, for byte-identical results; else now. */
  buildTime: Date;
  /** Progress and diagnostics for a human: stderr on the CLI, the log in Actions. Never stdout. */
  log(message: string): void;
  /** Shown only with RUNNER_DEBUG=1. A function is called only then (for messages costly to build). */
  debug(message: string | (() => string)): void;
  /**
   * The script the edge was started from (the bundle's entry), when it can serve a command's
   * `workerTask` in a worker thread (see parallel.ts). Unset (tests in-process): one thread.
   */
  workerScript?: string;
}

/**
 * Reads raw input values. In Actions: `INPUT_*` variables; on the CLI: flags and positionals.
 * Each accessor returns the value or the default from the definition; parsing helpers in
 * `inputs.ts` turn them into typed values.
 */
export interface InputSource {
  /** The raw string, trimmed; '' when unset and without default. */
  get(name: string): string;
  /** Every value given for a list input (CLI repeated flags, positionals, or a multiline string). */
  getList(name: string): string[];
  /** True when the user set the input explicitly (not the default). */
  isSet(name: string): boolean;
}

/** What a command produces. The edge (action or CLI) renders it. */
export interface CommandResult {
  /** 0 ok, 1 the check failed. (2 is thrown as ConfigurationError.) */
  exitCode: 0 | 1;
  /** Why the run failed, one line (used when exitCode is 1). */
  failureMessage?: string;
  /** Action outputs, by name. Every key must be a declared output. */
  outputs: Record<string, string>;
  /** Audits: the findings (after exceptions and suppressions). */
  findings?: Finding[];
  /** Rules that findings refer to (for SARIF and annotations titles). */
  rules?: RuleRegistry;
  /** The `--format json` document. */
  json: unknown;
  /** Human text for `--format text` on the CLI. Findings are rendered by the edge when omitted. */
  text?: string;
  /** The SARIF document, when the command has one (`--format sarif`). */
  sarif?: unknown;
  /** Markdown for the step summary (written when show-summary is on). */
  summary?: string;
  /** Environment variables to export (GITHUB_ENV) and paths to add (GITHUB_PATH). */
  exportVariables?: Record<string, string>;
  addPaths?: string[];
}

export interface Command<Options> {
  name: string;
  description: string;
  inputs: readonly InputDefinition[];
  outputs: readonly OutputDefinition[];
  /** Every rule the command can report (audits): feeds SARIF and the README's rules section. */
  rules?: readonly RuleDefinition[];
  /** Typed parsing of every input, once, at the edge. Throws ConfigurationError on bad values. */
  parse(inputs: InputSource, context: RunContext): Options;
  run(options: Options, context: RunContext): Promise<CommandResult>;
  /** The per-item work `run` hands to worker threads through `parallelMap`, served by the edge. */
  workerTask?: WorkerTask;
}

/** Identity helper that keeps the Options type inferred. */
export function defineCommand<Options>(command: Command<Options>): Command<Options> {
  return command;
}
