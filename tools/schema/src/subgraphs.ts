export interface SubgraphSource {
  name: string;
  /** Where the committed SDL lives, relative to the repository root. */
  sdlPath: string;
  /** The service's entry point; `main.ts print-schema` prints its SDL without connecting. */
  main: string;
}

const service = (name: string): SubgraphSource => ({
  name,
  sdlPath: `services/${name}/schema.graphql`,
  main: `services/${name}/src/main.ts`,
});

/** Every subgraph composed into the supergraph, in composition order. */
export const SUBGRAPHS: SubgraphSource[] = [
  ...['orders', 'workers', 'training', 'reporting'].map(service),
  // The hub's member and node registry, served by the gateway process itself.
  { name: 'consortium', sdlPath: 'services/consortium/schema.graphql', main: 'services/consortium/src/main.ts' },
];
