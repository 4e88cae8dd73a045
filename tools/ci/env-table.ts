import 'reflect-metadata';
import { describeEnv, EdgeConfig, NodeConfig } from '@kyodo/config';
import { DemoConfig } from '@kyodo/consortium-tools';
import { ConsortiumConfig } from '../../services/consortium/src/consortium.config';
import { GatewayConfig } from '../../services/gateway/src/gateway.config';
import { ReportingConfig } from '../../services/reporting/src/reporting.config';
import { WorkersConfig } from '../../services/workers/src/workers.config';

// Prints the README's configuration tables from the config classes, so the two never drift.
type ConfigClass = new () => object;
const sections: [string, ConfigClass, ConfigClass?][] = [
  ['npm start (demo launcher)', DemoConfig],
  ['gateway', GatewayConfig, EdgeConfig],
  ['consortium service', ConsortiumConfig, EdgeConfig],
  ['org nodes: orders, workers, training', NodeConfig, EdgeConfig],
  ['workers nodes, in addition', WorkersConfig, NodeConfig],
  ['reporting', ReportingConfig, EdgeConfig],
  ['every service, in addition (HTTP edge, error detail, operation limits)', EdgeConfig],
];
for (const [title, configClass, base] of sections) {
  const inherited = new Set(base ? describeEnv(base).map((v) => v.name) : []);
  console.log(`\n**${title}**\n\n| variable | secret | meaning |\n| --- | --- | --- |`);
  for (const v of describeEnv(configClass).filter((d) => !inherited.has(d.name))) {
    console.log(`| \`${v.name}\` | ${v.secret ? 'yes' : ''} | ${v.description} |`);
  }
}
