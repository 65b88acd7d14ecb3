export * from './rules.js';
export * from './refs.js';
export * from './downloads.js';
export * from './audit.js';
