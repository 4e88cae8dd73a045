export { composeSupergraph } from './compose-supergraph';
export { printSubgraph, composeCommitted, writeSchemas, readCommitted } from './schema-files';
export { SUBGRAPHS } from './subgraphs';
