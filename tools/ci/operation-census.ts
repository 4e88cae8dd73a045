import { statSync } from 'node:fs';
import { join } from 'node:path';
import { operationLogs, takeCensus } from '../../test/support/operation-census';

// `npm test` ends with this: every operation the end-to-end suite sent through a gateway, and
// every subgraph request the gateway made for them (`_entities` batches included), measured
// against the operation limits. Prints the largest figures (the limits are set from them) and
// exits 1 when anything is over a limit.
//   node -r @swc-node/register tools/ci/operation-census.ts [--since <epoch ms>] [logs dir]
const args = process.argv.slice(2);
const sinceAt = args.indexOf('--since');
const since = sinceAt >= 0 ? Number(args.splice(sinceAt, 2)[1]) : 0;
const root = args[0] ?? join(__dirname, '../../.kyodo/test-operations');
const files = operationLogs(root).filter((file) => statSync(file).mtimeMs >= since);
const census = takeCensus(files);
const figures = (side: typeof census.max.gateway) => Object.fromEntries(Object.entries(side).map(([k, v]) => [k, v.value]));
console.log(
  JSON.stringify({
    logs: files.length,
    clientOperations: census.clientOperations,
    subgraphRequests: census.subgraphRequests,
    entityBatches: census.entityBatches,
    largestEntityBatch: census.largestEntityBatch,
    gatewayMax: figures(census.max.gateway),
    nodeMax: figures(census.max.node),
    over: census.over.length,
  }),
);
if (process.env.CENSUS_VERBOSE)
  for (const [key, v] of Object.entries({ ...census.max.gateway }))
    console.log(`gateway ${key} ${v.value}: ${v.query.replace(/\s+/g, ' ').slice(0, 300)}`);
for (const finding of census.over.slice(0, 20))
  console.error(`over the limits at the ${finding.where}: ${finding.problem}\n  ${finding.query.replace(/\s+/g, ' ').slice(0, 400)}`);
process.exit(census.over.length > 0 ? 1 : 0);
