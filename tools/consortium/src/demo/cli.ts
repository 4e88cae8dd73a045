import 'reflect-metadata';
import { SAMPLE_QUERY } from './demo-seed';
import { startDemo } from './start-demo';

// `npm start`: the demo consortium in the foreground until Ctrl-C.
async function main(): Promise<void> {
  const startedAt = Date.now();
  const demo = await startDemo();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the demo consortium...`);
    await demo.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  console.log(`Kyodo demo consortium ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${demo.seeded ? ' (demo data seeded)' : ''}.`);
  const { consortium } = demo;
  console.log(`  ${'gateway'.padEnd(20)} ${consortium.gatewayUrl}`);
  console.log(`  ${'reporting'.padEnd(20)} ${consortium.reportingUrl}/graphql`);
  for (const node of consortium.nodes) console.log(`  ${`${node.orgId} ${node.subgraph}`.padEnd(20)} ${node.url}/graphql`);
  console.log(`\nGateway: ${consortium.gatewayUrl}\n\nSample query (orders of tateshina, lead workers from shiojiri's node):\n${SAMPLE_QUERY}\n`);
  console.log(`curl -s ${consortium.gatewayUrl} -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY.replace(/\s+/g, ' ') })}'`);
  console.log('\nLogs: .kyodo/logs/. Ctrl-C stops everything.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
