export * from './subjects.js';
export * from './statement.js';
export * from './oidc.js';
export * from './sign.js';
export * from './predicates.js';
export * from './store.js';
export * from './local.js';
export * from './command.js';
