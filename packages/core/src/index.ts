export * from './errors.js';
export * from './finding.js';
export * from './rules.js';
export * from './command.js';
export * from './inputs.js';
export * from './files.js';
export * from './version.js';
