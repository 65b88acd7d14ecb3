// The corpus suite: real-world inputs from ../shared/corpus, read at test time (never copied here).
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/test/corpus'],
  testPathIgnorePatterns: ['/node_modules/'],
  reporters: ['default', ['<rootDir>/test/count-reporter.cjs', { name: 'corpus' }]],
};
