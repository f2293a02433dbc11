// Flat config: typescript-eslint with type information (for no-floating-promises), import order,
// and the dependency direction from DESIGN.md enforced with no-restricted-imports.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
// The one list of subgraphs (ops/src/schema/subgraph-list.test.ts checks the lists that cannot read it).
const subgraphs = require('./ops/src/schema/subgraphs.json').map((s) => s.name);

module.exports = tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'clients/sdk/src/generated/**',
      'clients/react/src/generated/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['codegen.ts', '*.js'] },
        tsconfigRootDir: __dirname,
      },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@imajin/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-default-export': 'error',
      'no-console': 'error',
    },
  },
  {
    // Tests are outside the package builds; one program over tsconfig.test.json types them all.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.test.json', tsconfigRootDir: __dirname },
    },
  },
  {
    files: ['clients/protocol/**/*.ts'],
    rules: restrict([
      { group: ['@imajin/*', '../../*'], message: '@imajin/protocol imports nothing of ours.' },
    ]),
  },
  {
    files: ['clients/protocol/src/browser.ts', 'clients/protocol/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'crypto', 'fs', 'path'], message: 'The browser entry must stay isomorphic.' },
          ],
        },
      ],
    },
  },
  {
    files: ['subgraphs/common/**/*.ts'],
    rules: restrict([
      { group: subgraphs.map((s) => `@imajin/${s}`), message: 'common is below the subgraphs.' },
      {
        group: ['@imajin/gateway', '@imajin/sdk'],
        message: 'server code does not import clients or the gateway.',
      },
    ]),
  },
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    rules: restrict([
      {
        group: subgraphs.filter((s) => s !== name).map((s) => `@imajin/${s}`),
        message: 'A subgraph imports no other subgraph.',
      },
      {
        group: ['@imajin/gateway', '@imajin/sdk'],
        message: 'Subgraphs do not import the gateway or clients.',
      },
    ]),
  })),
  {
    files: [
      'gateway/**/*.ts',
      'clients/sdk/**/*.ts',
      'clients/react/**/*.{ts,tsx}',
      'clients/web/**/*.{ts,tsx}',
    ],
    rules: restrict([
      {
        group: ['@imajin/subgraph-common', ...subgraphs.map((s) => `@imajin/${s}`)],
        message: 'Depends only on @imajin/protocol and schema/.',
      },
    ]),
  },
  {
    // Vite loads its config by default export.
    files: ['clients/web/vite.config.mts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    // A CommonJS module that graphql-codegen requires.
    files: ['clients/react/codegen/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', 'ops/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['*.js', '*.ts', 'clients/cli/bin/*.js'],
    ignores: ['**/src/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'import-x/no-default-export': 'off' },
  },
);
