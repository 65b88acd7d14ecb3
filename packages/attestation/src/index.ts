export * from './subjects.js';
export * from './statement.js';
export * from './oidc.js';
export * from './sign.js';
export {
  verifyReleaseCommand,
  verifyRelease,
  evaluateBundle,
  checkBundleFormat,
  decodeFulcioExtensions,
  loadTrust,
} from './verify/index.js';
export * from './predicates.js';
export * from './store.js';
export * from './local.js';
export * from './command.js';
