export { generateSbomCommand, sbomRules, lockfileOutOfSync, type GenerateSbomOptions } from './command.js';
export {
  generateSbom,
  readLockfile,
  mergeGraphs,
  selectPackages,
  sbomTimestamp,
  sbomVcs,
  publicRemote,
  FORMATS,
  type SbomFormat,
  type GenerateOptions,
  type GeneratedSbom,
} from './generate.js';
export { buildCycloneDx, uuidV5, SPEC_VERSIONS, type SpecVersion } from './cyclonedx.js';
export { validateCycloneDx } from './validate.js';
export { discoverLockfiles, lockfileKind, LOCKFILE_NAMES } from './discover.js';
export type { LockfileGraph, Package, RootComponent, Hash } from './model.js';
export { heapFor, LARGE_INPUT_BYTES, type HeapControl } from './heap.js';
