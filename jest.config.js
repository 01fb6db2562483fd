/** One jest run over unit and integration tests next to the code, and end-to-end tests in tests/. */
// The same swc settings as the dist/ that `npm start` runs (scripts/transpile.js).
const swc = ['@swc/jest', require('./scripts/swc-options')];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@ehelse/shared/(runtime|graphql|db|audit)$': '<rootDir>/shared/src/$1',
    '^@ehelse/portfolio$': '<rootDir>/subgraphs/portfolio/src',
    '^@ehelse/governance$': '<rootDir>/subgraphs/governance/src',
    '^@ehelse/architecture$': '<rootDir>/subgraphs/architecture/src',
    '^@ehelse/gateway$': '<rootDir>/gateway/src',
    '^@ehelse/test-kit$': '<rootDir>/tests/kit/src',
  },
  testMatch: [
    '<rootDir>/{shared,gateway,subgraphs/*}/src/**/*.test.ts',
    '<rootDir>/tests/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/tests/compat/hive/node_modules'],
  setupFiles: ['<rootDir>/tests/setup-env.js'],
  // Opens the run in which each subgraph is migrated and seeded once and copied per suite.
  globalSetup: '<rootDir>/tests/kit/src/global-setup.ts',
  globalTeardown: '<rootDir>/tests/kit/src/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
