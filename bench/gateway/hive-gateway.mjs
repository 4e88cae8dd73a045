// Hive Gateway (@graphql-hive/gateway-runtime) serving a supergraph file whose subgraph URLs
// point straight at nodes; it forwards the caller's Authorization header, as ours does.
// Usage: node hive-gateway.mjs <supergraph.graphql> <port> [no-dedupe]
// `no-dedupe` turns off its sharing of identical in-flight subgraph requests (on by default).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const [supergraphPath, port, mode] = process.argv.slice(2);
const gateway = createGatewayRuntime({
  supergraph: readFileSync(supergraphPath, 'utf8'),
  propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }) },
  logging: 'error',
  ...(mode === 'no-dedupe' ? { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } } : {}),
});
createServer(gateway).listen(Number(port), '127.0.0.1', () => console.log('ready'));
