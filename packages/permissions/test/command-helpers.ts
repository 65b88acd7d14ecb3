// Runs harden-permissions in-process over a temporary workspace, as the edges do: typed parse, then run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CommandResult, InputSource, RunContext } from '@paved-road/core';
import { hardenPermissionsCommand } from '../src/command.js';

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'paved-road-hp-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function context(dir: string): RunContext {
  return {
    workspace: dir,
    tempDir: join(dir, '.tmp'),
    inActions: false,
    env: {},
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    now: new Date(Date.UTC(2026, 0, 1)),
    buildTime: new Date(Date.UTC(2026, 0, 1)),
    log: () => undefined,
    debug: () => undefined,
  };
}

/** Inputs as the CLI gives them: only those named here are set, the rest take the command's defaults. */
function inputs(given: Record<string, string>): InputSource {
  const byName = new Map(hardenPermissionsCommand.inputs.map((d) => [d.name, d]));
  const value = (name: string): string => {
    if (!byName.has(name)) throw new Error(`input ${name} is not declared`);
    return (given[name] ?? byName.get(name)!.default ?? '').trim();
  };
  return {
    get: value,
    getList: (name) => value(name).split('\n').filter(Boolean),
    isSet: (name) => (value(name), name in given),
  };
}

export async function runHarden(dir: string, given: Record<string, string> = {}): Promise<CommandResult> {
  const ctx = context(dir);
  const options = hardenPermissionsCommand.parse(inputs({ 'show-summary': 'false', ...given }), ctx);
  return hardenPermissionsCommand.run(options, ctx);
}

/** `rule@line` of each finding in the result's JSON. */
export function ruleLines(result: CommandResult): string[] {
  const json = result.json as { findings: Array<{ rule: string; file: string; line: number }> };
  return json.findings.map((f) => `${f.rule}@${f.file}:${f.line}`);
}
