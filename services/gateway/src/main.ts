import 'reflect-metadata';
import { authOptionsOf, loadConfig } from '@kyodo/config';
import { runServiceMain } from '@kyodo/subgraph';
import { GatewayConfig } from './gateway.config';
import { createGatewayApp } from './gateway-node';
import { StaticNodeDirectory } from './routing/node-directory';
import { readSupergraph } from './supergraph/supergraph-file';

void runServiceMain({
  serve: async () => {
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
    return { app, port: config.PORT };
  },
});
