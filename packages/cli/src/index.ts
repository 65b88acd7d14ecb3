export { COMMAND_NAMES, findCommand, listCommands, loadCommands } from './commands.js';
export { createPipelineCommand, stageInputs, PIPELINE_STAGES } from './pipeline.js';
export { createRunContext, referenceTime, repositoryFromRemote } from './context.js';
export { describeFailure } from './failure.js';
export { main, cliInputs } from './cli.js';
