import { DatabaseServiceConfig } from './database-service.config';
import { EnvVar } from './env-var.decorator';
import { IsOrgId, IsPort } from './validators';

/** What every org node (orders, workers, training) reads from its environment. */
export class NodeConfig extends DatabaseServiceConfig {
  @EnvVar({ description: "Port of this node's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4001;

  @EnvVar({ description: 'The organization this node belongs to, e.g. "tateshina".' })
  @IsOrgId()
  ORG_ID!: string;
}
