import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed calls between services: each service's outgoing operations are `.graphql` files under its
// src/upstream/, typed by GraphQL Code Generator from the committed supergraph into
// src/upstream/gql/ during `npm run schema`. Codegen validates every operation against the
// supergraph, so a field a node relies on that leaves it fails the drift test, not an e2e run.
// The drift test points KYODO_CODEGEN_SCHEMA / KYODO_CODEGEN_OUT elsewhere; paths are from the repo root.
export const UPSTREAM_CALLERS = ['workers', 'training'] as const;

const out = process.env.KYODO_CODEGEN_OUT;
const config: CodegenConfig = {
  schema: process.env.KYODO_CODEGEN_SCHEMA ?? 'services/gateway/supergraph.graphql',
  ignoreNoDocuments: false,
  generates: Object.fromEntries(
    UPSTREAM_CALLERS.map((service) => [
      out ? `${out}${service}/` : `services/${service}/src/upstream/gql/`,
      {
        documents: [`services/${service}/src/upstream/**/*.graphql`],
        preset: 'client' as const,
        presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
        // Strings, not parsed documents: the node posts them as they are (GatewayClient.execute).
        config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', Yen: 'string' } },
      },
    ]),
  ),
};
export default config;
