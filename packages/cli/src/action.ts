import * as core from '@actions/core';
import { fileURLToPath } from 'node:url';
import {
  renderAnnotations,
  serveWorkerTask,
  workerTaskCommand,
  type Command,
  type InputDefinition,
  type InputSource,
} from '@paved-road/core';
import { createRunContext } from './context.js';
import { describeFailure, EXIT_BAD_INPUT } from './failure.js';
import { declaredInputs } from './inputs.js';

/** The runner's variable for an input: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Inputs from `INPUT_*`. The runner applies action.yml defaults; when a variable is missing entirely
 * (a local runner, a test) the command's own default stands in, so both paths agree. The runner's
 * defaults make a value equal to the default indistinguishable from one not given.
 */
export function actionInputs(
  definitions: readonly InputDefinition[],
  env: Record<string, string | undefined>,
): InputSource {
  const defaults = new Map(definitions.map((d) => [d.name, d.default]));
  return declaredInputs(
    definitions,
    (name) => {
      const value = env[inputVariable(name)];
      return value === undefined ? undefined : [value];
    },
    (name, values) => {
      const value = values?.[0]?.trim();
      return value !== undefined && value !== '' && value !== defaults.get(name);
    },
  );
}

export interface ActionOptions {
  /** `import.meta.url` of the action's entry (the bundle): worker threads start from it. */
  entry?: string;
}

/**
 * Runs a command as a GitHub Action: inputs from the runner, results as outputs, annotations, summary.
 * In a worker thread the command started from this bundle, it serves the command's worker task instead.
 */
export async function runAction(command: Command<unknown>, actionOptions: ActionOptions = {}): Promise<void> {
  const task = workerTaskCommand();
  if (task) {
    serveWorkerTask(task === command.name ? command.workerTask : undefined);
    return;
  }
  const env = process.env;
  try {
    const context = createRunContext({
      edge: 'action',
      env,
      cwd: process.cwd(),
      write: (line) => core.info(line),
      ...(actionOptions.entry ? { workerScript: fileURLToPath(actionOptions.entry) } : {}),
    });
    for (const definition of command.inputs)
      if (definition.secret) {
        const value = env[inputVariable(definition.name)];
        if (value) core.setSecret(value);
      }
    const options = command.parse(actionInputs(command.inputs, env), context);
    const result = await command.run(options, context);
    const declared = new Set(command.outputs.map((o) => o.name));
    for (const [name, value] of Object.entries(result.outputs)) {
      if (!declared.has(name)) throw new Error(`output "${name}" is set but not declared`);
      core.setOutput(name, value);
    }
    for (const [name, value] of Object.entries(result.exportVariables ?? {})) core.exportVariable(name, value);
    for (const path of result.addPaths ?? []) core.addPath(path);
    if (result.findings)
      for (const line of renderAnnotations(result.findings, result.rules)) process.stdout.write(`${line}\n`);
    // A local runner may not provide the summary file; the summary is then simply not written.
    if (result.summary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.summary, true).write();
    if (result.exitCode !== 0) {
      core.setFailed(
        result.failureMessage ?? `${command.name}: the check failed; see the annotations and the job summary.`,
      );
    }
  } catch (error) {
    const failure = describeFailure(error);
    if (env.RUNNER_DEBUG === '1' && failure.stack) core.debug(failure.stack);
    const location = failure.location;
    core.error(
      failure.message,
      location ? { file: location.file, startLine: location.line, startColumn: location.column } : {},
    );
    process.exitCode = EXIT_BAD_INPUT;
  }
}
