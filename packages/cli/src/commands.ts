import type { Command } from '@paved-road/core';

/** Every command, as an action and as `paved-road <name>`. One import and one entry per command. */
export const commands: Command<unknown>[] = [
];

export function findCommand(name: string): Command<unknown> | undefined {
  return commands.find((command) => command.name === name);
}
