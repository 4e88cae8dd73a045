import 'reflect-metadata';
import { authOptionsOf, loadConfig, NodeConfig } from '@kyodo/config';
import { createOrdersApp } from './orders-node';

async function main(): Promise<void> {
  const config = loadConfig(NodeConfig);
  const app = await createOrdersApp({ orgId: config.ORG_ID, databaseUrl: config.DATABASE_URL, auth: authOptionsOf(config) }, config.LOG_LEVEL);
  await app.listen(config.PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
