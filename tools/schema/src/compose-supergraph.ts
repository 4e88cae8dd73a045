import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSdl {
  name: string;
  sdl: string;
}

/**
 * Composes the supergraph from subgraph SDL with Apollo's own composition. The URLs are
 * placeholders: the gateway routes each fetch by organization, never to a fixed URL.
 */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({ name, typeDefs: parse(sdl), url: `http://${name}.routed-by-org.invalid/graphql` })),
  );
  if (result.errors) {
    throw new Error('Supergraph composition failed:\n' + result.errors.map((e) => `  - ${e.message}`).join('\n'));
  }
  return result.supergraphSdl.trim() + '\n';
}
