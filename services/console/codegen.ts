import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed supergraph: each screen's operations sit beside it in
// `graphql(...)` calls, and `npm run schema` regenerates src/gql (checked for drift like the SDL).
// The drift test points KYODO_CODEGEN_SCHEMA / KYODO_CODEGEN_OUT elsewhere; paths are from the repo root.
const config: CodegenConfig = {
  schema: process.env.KYODO_CODEGEN_SCHEMA ?? 'services/gateway/supergraph.graphql',
  documents: ['services/console/src/**/*.tsx', 'services/console/src/**/*.ts', '!services/console/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.KYODO_CODEGEN_OUT ?? 'services/console/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', Yen: 'string', WholeNumber: 'string' } },
    },
  },
};
export default config;
