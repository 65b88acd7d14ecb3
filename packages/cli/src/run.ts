import { describeFailure } from './failure.js';
import { main } from './cli.js';

// Runs `paved-road` with the process arguments (loaded by main.ts once the compile cache is on).
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`paved-road: error: ${describeFailure(reason).message}\n`);
  process.exit(2);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paved-road: error: ${describeFailure(error).message}\n`);
    process.exitCode = 2;
  },
);
