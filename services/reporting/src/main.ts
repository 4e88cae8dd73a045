import 'reflect-metadata';
import { authOptionsOf, HubServiceConfig, loadConfig } from '@kyodo/config';
import { createReportingApp } from './reporting-node';

async function main(): Promise<void> {
  const config = loadConfig(HubServiceConfig);
  const app = await createReportingApp({ databaseUrl: config.DATABASE_URL, auth: authOptionsOf(config) }, config.LOG_LEVEL);
  await app.listen(config.PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
