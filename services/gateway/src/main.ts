import 'reflect-metadata';
import { authOptionsOf, loadConfig } from '@kyodo/config';
import { GatewayConfig } from './gateway.config';
import { createGatewayApp } from './gateway-node';
import { StaticNodeDirectory } from './routing/node-directory';
import { readSupergraph } from './supergraph/supergraph-file';

async function main(): Promise<void> {
  const config = loadConfig(GatewayConfig);
  const app = await createGatewayApp(
    {
      auth: authOptionsOf(config),
      supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
      directory: new StaticNodeDirectory(config.KYODO_NODES),
      hubUrls: { reporting: config.REPORTING_URL },
      nodeTimeoutMs: config.NODE_TIMEOUT_MS,
    },
    config.LOG_LEVEL,
  );
  await app.listen(config.PORT, '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
