import { fileURLToPath } from 'node:url';
import { serveWorkerTask, workerTaskCommand } from '@paved-road/core';
import { describeFailure } from './failure.js';
import { main } from './cli.js';
import { findCommand } from './commands.js';

/**
 * Runs `paved-road` with the process arguments (called by main.ts once the compile cache is on), or,
 * in a worker thread a command started from this bundle (`entry`), serves that command's worker task.
 */
export async function start(entry: string): Promise<void> {
  const task = workerTaskCommand();
  if (task) {
    serveWorkerTask((await findCommand(task))?.workerTask);
    return;
  }
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`paved-road: error: ${describeFailure(reason).message}\n`);
    process.exit(2);
  });
  try {
    process.exitCode = await main(process.argv.slice(2), { workerScript: fileURLToPath(entry) });
  } catch (error) {
    process.stderr.write(`paved-road: error: ${describeFailure(error).message}\n`);
    process.exitCode = 2;
  }
}
