// @paved-road/incident: find-affected. SBOMs read into an SQLite index (store.ts), compromised
// packages as targets (targets.ts, versions.ts), the index queried (query.ts), workflow uses of a
// compromised action (actions.ts), and the command (command.ts).
export * from './purl.js';
export * from './versions.js';
export * from './sboms.js';
export * from './store.js';
export * from './targets.js';
export * from './query.js';
export * from './actions.js';
export * from './report.js';
export * from './command.js';
