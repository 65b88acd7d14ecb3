// Runs the verify-release command in-process, as the edges do: inputs by name (action.yml defaults
// applied), parse once, run. End-to-end runs of the bundle are in action.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult, InputSource, RunContext } from '@paved-road/core';
import { verifyReleaseCommand } from '@paved-road/attestation';

export function inputSource(values: Record<string, string>): InputSource {
  const defaults = new Map(verifyReleaseCommand.inputs.map((d) => [d.name, d.default ?? '']));
  const get = (name: string): string => {
    if (!defaults.has(name)) throw new Error(`undeclared input ${name}`);
    return (values[name] ?? defaults.get(name) ?? '').trim();
  };
  return {
    get,
    getList: (name) =>
      get(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    isSet: (name) => values[name] !== undefined && values[name] !== defaults.get(name),
  };
}

export function context(workspace: string, overrides: Partial<RunContext> = {}): RunContext {
  return {
    workspace,
    tempDir: mkdtempSync(join(tmpdir(), 'verify-release-')),
    inActions: false,
    env: {},
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    now: new Date(Date.UTC(2026, 5, 1)),
    buildTime: new Date(Date.UTC(2026, 5, 1)),
    log: () => undefined,
    debug: () => undefined,
    ...overrides,
  };
}

export interface Report {
  verified: boolean;
  checks: Array<{ name: string; expected: string; actual: string; passed: boolean; waived?: string }>;
  attestations: Array<{
    source: string;
    passed: boolean;
    status: 'verified' | 'rejected' | 'not applicable' | 'failed' | null;
    reason: string | null;
    checks: Array<{ name: string; actual: string; passed: boolean }>;
  }>;
}

export async function verify(
  workspace: string,
  values: Record<string, string>,
  overrides: Partial<RunContext> = {},
): Promise<{ result: CommandResult; report: Report }> {
  const ctx = context(workspace, overrides);
  const options = verifyReleaseCommand.parse(inputSource(values), ctx);
  const result = await verifyReleaseCommand.run(options, ctx);
  return { result, report: result.json as Report };
}

/** The named check of the decisive attestation (or a global one). */
export function check(report: Report, name: string): Report['checks'][number] {
  const found = report.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check ${name} in ${report.checks.map((c) => c.name).join(', ')}`);
  if (process.env.VR_DEBUG && !found.passed) console.log(JSON.stringify(report.checks, null, 1));
  return found;
}
