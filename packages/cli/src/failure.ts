import { ConfigurationError, errorMessage, type Location } from '@paved-road/core';

export interface Failure {
  /** One line for the user: file:line: what is wrong, and what to do. */
  message: string;
  location?: Location;
  /** The stack, shown only when RUNNER_DEBUG=1. */
  stack?: string;
}

/**
 * Turns anything thrown into the one line a user sees. A ConfigurationError is the user's to fix;
 * anything else is our bug, said as such. Both exit 2: an error is never a pass.
 */
export function describeFailure(error: unknown): Failure {
  if (error instanceof ConfigurationError) {
    return { message: error.describe(), location: error.location, stack: error.stack };
  }
  const stack = error instanceof Error ? error.stack : undefined;
  return {
    message: `internal error: ${errorMessage(error).split('\n')[0]} (a bug in paved-road: please report it; set RUNNER_DEBUG=1 for details)`,
    stack,
  };
}

export const EXIT_BAD_INPUT = 2;
