// The floor: the subgraph calls a gateway has to make for the bench query, and nothing else.
// For each request it posts the orders query to the orders node, then one _entities fetch for
// the lead workers to the workers node, and answers with the orders. No parsing of the client
// query, no planning, no verification of its own, no sharing of requests: what any gateway
// costs at least when each client request makes its own subgraph calls.
// Usage: node floor-server.mjs <port> <orders node /graphql> <workers node /graphql>
import { createServer } from 'node:http';
import { Agent, request } from 'undici';

const [port, ordersUrl, workersUrl] = process.argv.slice(2);
const ORDERS = JSON.stringify({
  query: '{ orders(first: 20) { nodes { id title valueYen status tasks { id title hours status } leadWorker { orgId id } } } }',
});
const ENTITIES =
  'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Worker { itStage businessStage skillTags } } }';

// The same HTTP client and pool settings as our gateway's node sender.
const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000 });

async function post(url, authorization, body) {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
    dispatcher: agent,
  });
  return response.body.json();
}

createServer(async (req, res) => {
  for await (const _ of req); // the client's body is the bench query; the floor knows it already
  const authorization = req.headers.authorization ?? '';
  const orders = await post(ordersUrl, authorization, ORDERS);
  const nodes = orders.data.orders.nodes;
  const representations = nodes
    .filter((o) => o.leadWorker)
    .map((o) => ({ __typename: 'Worker', orgId: o.leadWorker.orgId, id: o.leadWorker.id }));
  const workers = await post(workersUrl, authorization, JSON.stringify({ query: ENTITIES, variables: { representations } }));
  let i = 0;
  for (const order of nodes) if (order.leadWorker) Object.assign(order.leadWorker, workers.data._entities[i++]);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: orders.data }));
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
