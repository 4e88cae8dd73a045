export { composeSupergraph } from './compose-supergraph';
export { printSubgraph, composeCommitted, writeSchemas } from './schema-files';
export { SUBGRAPHS } from './subgraphs';
