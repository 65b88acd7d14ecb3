import type { Command } from '@paved-road/core';
import { createPipelineCommand } from './pipeline.js';

/**
 * Every action's command, by name, loaded on first use: `paved-road <name>` loads and compiles only
 * that command's code (each import is its own chunk in the bundle), so start-up does not grow with
 * the suite. One entry per command; the order is the order of `--help`.
 */
const loaders: Record<string, () => Promise<Command<unknown>>> = {
  'harden-permissions': async () =>
    (await import('@paved-road/permissions')).hardenPermissionsCommand as Command<unknown>,
  'verify-pinned-tools': async () => (await import('@paved-road/pinning')).verifyPinnedToolsCommand as Command<unknown>,
  'verify-release': async () =>
    (await import('@paved-road/attestation/verify')).verifyReleaseCommand as Command<unknown>,
  'attest-provenance': async () =>
    (await import('@paved-road/attestation')).attestProvenanceCommand as Command<unknown>,
  'generate-sbom': async () => (await import('@paved-road/sbom')).generateSbomCommand as Command<unknown>,
  'find-affected': async () => (await import('@paved-road/incident')).findAffectedCommand as Command<unknown>,
};

/** The names of the actions' commands, in `--help` order. */
export const COMMAND_NAMES: readonly string[] = Object.keys(loaders);

/** Not an action: the whole paved road on one repository, composed from the commands above. */
const pipeline = createPipelineCommand(async (name) => loaders[name]?.()) as Command<unknown>;

/** The command called `name` (an action's, or the pipeline), or undefined when there is none. */
export async function findCommand(name: string): Promise<Command<unknown> | undefined> {
  if (name === 'pipeline') return pipeline;
  return Object.hasOwn(loaders, name) ? loaders[name]!() : undefined;
}

/** Every action's command, loaded. */
export async function loadCommands(): Promise<Command<unknown>[]> {
  return Promise.all(COMMAND_NAMES.map((name) => loaders[name]!()));
}

/** What the CLI offers: every action's command, then the pipeline. */
export async function listCommands(): Promise<Command<unknown>[]> {
  return [...(await loadCommands()), pipeline];
}
