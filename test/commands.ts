// Every action's command, imported directly: describe.each needs them before any test runs, and the
// CLI's own table (packages/cli/src/commands.ts) loads them lazily. metadata.test.ts checks that the
// two lists agree.
import type { Command } from '@paved-road/core';
import { attestProvenanceCommand, verifyReleaseCommand } from '@paved-road/attestation';
import { findAffectedCommand } from '@paved-road/incident';
import { hardenPermissionsCommand } from '@paved-road/permissions';
import { verifyPinnedToolsCommand } from '@paved-road/pinning';
import { generateSbomCommand } from '@paved-road/sbom';

export const commands: Command<unknown>[] = [
  hardenPermissionsCommand,
  verifyPinnedToolsCommand,
  verifyReleaseCommand,
  attestProvenanceCommand,
  generateSbomCommand,
  findAffectedCommand,
] as Command<unknown>[];
