export { commands, findCommand } from './commands.js';
export { createRunContext, referenceTime, repositoryFromRemote } from './context.js';
export { describeFailure } from './failure.js';
export { main, cliInputs } from './cli.js';
