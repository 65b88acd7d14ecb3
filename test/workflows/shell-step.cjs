// A `run:` step as the runner starts it: the shell the step names, on the script file, in the step's
// environment. The harness starts this file like an action (same contract, same parsing of what the
// step leaves behind); the variable that tells it which shell is not passed on.
const { spawnSync } = require('node:child_process');

const [shell, ...args] = JSON.parse(process.env.PAVED_ROAD_STEP_SHELL);
const env = { ...process.env };
delete env.PAVED_ROAD_STEP_SHELL;
const result = spawnSync(shell, args, { stdio: 'inherit', env, cwd: process.cwd() });
process.exit(result.status ?? 1);
