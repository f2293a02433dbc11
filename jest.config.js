// One jest run for the whole workspace; @swc/jest keeps decorator metadata, which type-graphql needs.
// The subgraph packages come from the one list (ops/src/schema/subgraphs.json).
const subgraphs = require('./ops/src/schema/subgraphs.json').map((s) => s.name);

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
  testMatch: ['<rootDir>/{clients,subgraphs,gateway,ops}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
    '^@imajin/protocol$': '<rootDir>/clients/protocol/src/index.ts',
    '^@imajin/protocol/browser$': '<rootDir>/clients/protocol/src/browser.ts',
    '^@imajin/subgraph-common$': '<rootDir>/subgraphs/common/src/index.ts',
    '^@imajin/subgraph-common/testing$': '<rootDir>/subgraphs/common/src/testing/index.ts',
    [`^@imajin/(${subgraphs.join('|')})$`]: '<rootDir>/subgraphs/$1/src/index.ts',
    '^@imajin/gateway$': '<rootDir>/gateway/src/index.ts',
    '^@imajin/sdk$': '<rootDir>/clients/sdk/src/index.ts',
    '^@imajin/cli$': '<rootDir>/clients/cli/src/index.ts',
  },
  globalSetup: '<rootDir>/subgraphs/common/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/subgraphs/common/src/testing/global-teardown.ts',
  testTimeout: 30000,
};
