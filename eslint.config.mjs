import nx from '@nx/eslint-plugin';

const layers = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:lib', 'type:service', 'type:tooling'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:service', 'type:tooling'] },
  // The console runs in a browser: it imports no service and only libs marked browser-safe.
  { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['kind:browser-safe'] },
];
const boundaries = (depConstraints) => ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }];

// Module boundaries carry the architecture: a service never imports another service, libs
// never import services, and only tooling and end-to-end tests may see several services.
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/node_modules', '**/dist', '.kyodo/**', '.nx/**', '**/*.graphql', 'services/console/src/gql/**', 'services/*/src/upstream/gql/**'] },
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
    files: ['**/*.spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@nx/enforce-module-boundaries': boundaries(layers) },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
