import 'reflect-metadata';
import { describeEnv, HubServiceConfig, NodeConfig } from '@kyodo/config';
import { GatewayConfig } from '../../services/gateway/src/gateway.config';
import { DemoConfig } from '@kyodo/consortium-tools';

// Prints the README's configuration tables from the config classes, so the two never drift.
const sections: [string, new () => object][] = [
  ['npm start (demo launcher)', DemoConfig],
  ['gateway', GatewayConfig],
  ['org nodes: orders, workers, training', NodeConfig],
  ['reporting', HubServiceConfig],
];
for (const [title, configClass] of sections) {
  console.log(`\n**${title}**\n\n| variable | secret | meaning |\n| --- | --- | --- |`);
  for (const v of describeEnv(configClass)) console.log(`| \`${v.name}\` | ${v.secret ? 'yes' : ''} | ${v.description} |`);
}
