// The gateway's public entry for tools and end-to-end tests.
export { createGatewayApp } from './gateway-node';
export type { GatewayAppOptions } from './app.module';
export { StaticNodeDirectory } from './routing/node-directory';
export type { NodeDirectory, NodeUrlMap } from './routing/node-directory';
export { readSupergraph, DEFAULT_SUPERGRAPH_PATH } from './supergraph/supergraph-file';
export { GatewayConfig } from './gateway.config';
