import type { Command } from '@paved-road/core';
import { createPipelineCommand } from './pipeline.js';
import { hardenPermissionsCommand } from '@paved-road/permissions';
import { attestProvenanceCommand } from '@paved-road/attestation';
import { generateSbomCommand } from '@paved-road/sbom';
import { verifyReleaseCommand } from '@paved-road/attestation';
import { verifyPinnedToolsCommand } from '@paved-road/pinning';

/** Every command, as an action and as `paved-road <name>`. One import and one entry per command. */
export const commands: Command<unknown>[] = [
  hardenPermissionsCommand as Command<unknown>,
  verifyPinnedToolsCommand as Command<unknown>,
  verifyReleaseCommand as Command<unknown>,
  attestProvenanceCommand as Command<unknown>,
  generateSbomCommand as Command<unknown>,
];

export function findCommand(name: string): Command<unknown> | undefined {
  return commands.find((command) => command.name === name) ?? (name === 'pipeline' ? pipeline : undefined);
}

/** Not an action: the whole paved road on one repository, composed from the commands above. */
const pipeline = createPipelineCommand((name) => commands.find((command) => command.name === name)) as Command<unknown>;

/** What the CLI offers: every action's command, then the pipeline. */
export function listCommands(): Command<unknown>[] {
  return [...commands, pipeline];
}
