import { EnvVar } from './env-var.decorator';
import { ServiceConfig } from './service.config';
import { IsOrgId, IsPort, IsPostgresUrl } from './validators';

/** What every org node (orders, workers, training) reads from its environment. */
export class NodeConfig extends ServiceConfig {
  @EnvVar({ description: "Port of this node's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4001;

  @EnvVar({ description: 'The organization this node belongs to, e.g. "tateshina".' })
  @IsOrgId()
  ORG_ID!: string;

  @EnvVar({ description: "PostgreSQL URL of this node's own database.", secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;
}
