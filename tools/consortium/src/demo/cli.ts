import 'reflect-metadata';
import { readDemoUsers } from '@kyodo/keycloak-tools';
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

  console.log(`Console: ${demo.console.url}  (log in as a demo user below)`);
  console.log(
    `Kyodo demo consortium ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s${demo.seeded ? ' (demo data seeded)' : ''}.`,
  );
  const { consortium } = demo;
  console.log(`  ${'gateway'.padEnd(20)} ${consortium.gatewayUrl}`);
  console.log(`  ${'reporting'.padEnd(20)} ${consortium.reportingUrl}/graphql`);
  console.log(`  ${'consortium registry'.padEnd(20)} ${consortium.consortiumUrl}/graphql (consortium service: registry, onboarding)`);
  for (const node of consortium.nodes) console.log(`  ${`${node.orgId} ${node.subgraph}`.padEnd(20)} ${node.url}/graphql`);
  console.log(`  ${'keycloak'.padEnd(20)} ${demo.keycloak.url}  (admin console: ${demo.keycloak.url}/admin, admin / admin)`);

  console.log('\nDemo logins (realm kyodo; password demo-<username>; DEMO ONLY):');
  for (const user of readDemoUsers())
    console.log(
      `  ${user.username.padEnd(20)} ${(user.organization ?? '(consortium)').padEnd(12)} ${user.realmRoles.filter((r) => r !== 'default-roles-kyodo').join(', ')}`,
    );
  console.log('  town IdP (brokered into tateshina): yamada@tateshina.kyodo.example / demo-yamada via the kyodo-web login page');

  const tokenUrl = `${demo.keycloak.url}/realms/kyodo/protocol/openid-connect/token`;
  console.log(
    `\nGet a token (a tateshina director):\n  TOKEN=$(curl -s ${tokenUrl} -d grant_type=password -d client_id=kyodo-cli -d username=tateshina-director -d password=demo-tateshina-director | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')`,
  );
  console.log(
    `\nSample query (tateshina's orders from its node, each lead worker's stage and skills from shiojiri's node):\n${SAMPLE_QUERY}\n`,
  );
  console.log(
    `curl -s ${consortium.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '${JSON.stringify({ query: SAMPLE_QUERY.replace(/\s+/g, ' ') })}'`,
  );
  console.log('\nLogs: .kyodo/logs/. Ctrl-C stops everything.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
