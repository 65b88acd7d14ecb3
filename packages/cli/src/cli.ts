import { parseArgs } from 'node:util';
import { renderFindingsText, TOOL_NAME, VERSION, type Command, type InputSource } from '@paved-road/core';
import { findCommand, listCommands } from './commands.js';
import { createRunContext } from './context.js';
import { declaredInputs } from './inputs.js';
import { describeFailure, EXIT_BAD_INPUT } from './failure.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

async function usage(): Promise<string> {
  const commands = await listCommands();
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`);
  return [
    `Usage: ${TOOL_NAME} <command> [options] [paths...]`,
    '',
    'Commands:',
    ...lines,
    '',
    `Every action input is a flag of the same name (--fail-on warning); lists take repeated flags.`,
    `Common: --format text|json|sarif, --help, --version. Exit: 0 ok, 1 check failed, 2 bad input.`,
  ].join('\n');
}

function commandHelp(command: Command<unknown>): string {
  const lines = [
    `Usage: ${TOOL_NAME} ${command.name} [options]${command.inputs.some((i) => i.positional) ? ' [paths...]' : ''}`,
    '',
    command.description,
    '',
    'Options:',
  ];
  for (const input of command.inputs) {
    const def =
      input.default !== undefined && input.default !== '' && !/default/i.test(input.description)
        ? ` (default: ${input.default})`
        : '';
    const pos = input.positional ? ' (also positional)' : '';
    lines.push(`  --${input.name}${pos}`, `      ${input.description.replace(/\s+/g, ' ').trim()}${def}`);
  }
  if (!command.inputs.some((i) => i.name === 'format')) {
    lines.push('  --format text|json|sarif', '      What to print on stdout (default: text).');
  }
  return lines.join('\n');
}

/** Inputs from flags: `--name value` (repeatable), positionals fill the positional input. */
export function cliInputs(
  command: Command<unknown>,
  args: string[],
): { inputs: InputSource; format: Format; help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    format: { type: 'string' },
    help: { type: 'boolean' },
  };
  for (const input of command.inputs) options[input.name] = { type: 'string', multiple: true };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. See \`${TOOL_NAME} ${command.name} --help\`.`);
  }
  const values = parsed.values as Record<string, string[] | string | boolean | undefined>;
  const positional = command.inputs.find((i) => i.positional);
  if (parsed.positionals.length && !positional) {
    throw new UsageError(`${command.name} takes no positional arguments (got "${parsed.positionals[0]}").`);
  }
  const given = (name: string): string[] | undefined => {
    const flag = (values[name] as string[] | undefined) ?? [];
    const list = positional?.name === name ? [...flag, ...parsed.positionals] : flag;
    return list.length ? list : undefined;
  };
  // A command with its own `format` input (generate-sbom: the SBOM's format) gets the flag: one name,
  // one meaning. Its results are then printed as text.
  const ownsFormat = command.inputs.some((i) => i.name === 'format');
  const format = ownsFormat ? 'text' : ((values.format as string | undefined) ?? 'text');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}".`);
  }
  return {
    format: format as Format,
    help: values.help === true,
    inputs: declaredInputs(command.inputs, given),
  };
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export interface MainOptions {
  /** The bundle's entry, for commands that start worker threads (RunContext.workerScript). */
  workerScript?: string;
}

export async function main(argv: string[], mainOptions: MainOptions = {}): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(await usage());
    return name ? 0 : EXIT_BAD_INPUT;
  }
  if (name === '--version' || name === '-V') {
    print(VERSION);
    return 0;
  }
  const command = await findCommand(name);
  if (!command) {
    process.stderr.write(`${TOOL_NAME}: unknown command "${name}".\n\n${await usage()}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { inputs, format, help } = cliInputs(command, args);
    if (help) {
      print(commandHelp(command));
      return 0;
    }
    const context = createRunContext({
      edge: 'cli',
      env: process.env,
      cwd: process.cwd(),
      write: (line) => process.stderr.write(`${line}\n`),
      ...(mainOptions.workerScript ? { workerScript: mainOptions.workerScript } : {}),
    });
    const options = command.parse(inputs, context);
    const result = await command.run(options, context);
    if (format === 'json') print(JSON.stringify(result.json, null, 2));
    else if (format === 'sarif') {
      if (result.sarif === undefined) throw new UsageError(`${command.name} has no SARIF output; use --format json.`);
      print(JSON.stringify(result.sarif, null, 2));
    } else if (result.text !== undefined) print(result.text);
    else if (result.findings) print(renderFindingsText(result.findings));
    else for (const [key, value] of Object.entries(result.outputs)) print(`${key}: ${value}`);
    // Run from a workflow's `run:` step, the command's summary goes where an action's would.
    if (result.summary && process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_STEP_SUMMARY) {
      const core = await import('@actions/core');
      await core.summary.addRaw(result.summary, true).write();
    }
    if (result.exitCode !== 0 && result.failureMessage)
      process.stderr.write(`${TOOL_NAME}: ${result.failureMessage}\n`);
    return result.exitCode;
  } catch (error) {
    const failure = error instanceof UsageError ? { message: error.message, stack: undefined } : describeFailure(error);
    process.stderr.write(`${TOOL_NAME}: error: ${failure.message}\n`);
    if (process.env.RUNNER_DEBUG === '1' && failure.stack) process.stderr.write(`${failure.stack}\n`);
    return EXIT_BAD_INPUT;
  }
}
