// Unit tests (beside each package) and end-to-end tests (test/). TypeScript and the ESM-only
// dependencies (@actions/*) are compiled to CommonJS by swc, so jest runs without experimental flags.
/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

export default {
  testEnvironment: 'node',
  // The @actions/* packages export only an "import" condition: resolve those, swc makes them CommonJS.
  resolver: '<rootDir>/jest.resolver.cjs',
  roots: ['<rootDir>/packages', '<rootDir>/test', '<rootDir>/actions'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/corpus/'],
  transform: { '^.+\\.(ts|js|mjs)$': swc },
  transformIgnorePatterns: [],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
  maxWorkers: 2,
  reporters: ['default', ['<rootDir>/test/count-reporter.cjs', { name: 'unit' }]],
};
