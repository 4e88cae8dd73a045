import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier/flat';
import resolverAccess from './tools/lint-rules/resolver-access.js';
import noRemoteCallInTransaction from './tools/lint-rules/no-remote-call-in-transaction.js';

const layers = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib', 'type:service', 'type:tooling'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:service', 'type:tooling'] },
  // The console runs in a browser: it imports no service and only libs marked browser-safe.
  { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['kind:browser-safe'] },
];
// One plugin object for the house rules: flat config refuses two different objects under one name.
const kyodo = { rules: { 'resolver-access': resolverAccess, 'no-remote-call-in-transaction': noRemoteCallInTransaction } };
const boundaries = (depConstraints) => ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }];

// Module boundaries carry the architecture: a service never imports another service, libs
// never import services, and only tooling and end-to-end tests may see several services.
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '.kyodo/**',
      '.nx/**',
      '**/*.graphql',
      'services/console/src/gql/**',
      'services/*/src/upstream/gql/**',
      // The lint rules' own type-checked test fixtures.
      'tools/lint-rules/fixtures/**',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js'],
    rules: {
      // Runtime code never loads the testing library; its specs may.
      '@nx/enforce-module-boundaries': boundaries([...layers, { sourceTag: 'kind:runtime', notDependOnLibsWithTags: ['kind:testing'] }]),
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // swc emits decorator metadata from written types only, so class-validator and GraphQL
      // fields keep explicit annotations even where TypeScript could infer them.
      '@typescript-eslint/no-inferrable-types': 'off',
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error, a promise where a callback
    // expects void runs unobserved, and a switch over a union must name every member.
    // One program for the Node side (tsconfig.eslint.json), the console's own for the browser side.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.config.ts', 'services/console/codegen.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.eslint.json', './services/console/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // Every GraphQL root field says who may call it: roles, service accounts or @Public.
    files: ['services/*/src/**/*.resolver.ts'],
    plugins: { kyodo },
    rules: { 'kyodo/resolver-access': 'error' },
  },
  {
    // Nothing waits on another node while a transaction holds its rows (issue #15): type-aware,
    // it follows the node's own helpers and stops at fetch and at every @remote class or port.
    files: ['services/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'services/console/**'],
    plugins: { kyodo },
    rules: { 'kyodo/no-remote-call-in-transaction': 'error' },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@nx/enforce-module-boundaries': boundaries(layers) },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Formatting is Prettier's (npm run format); lint keeps out of its way.
  prettier,
];
