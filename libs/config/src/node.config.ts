import { IsIn, IsOptional } from 'class-validator';
import { EnvVar } from './env-var.decorator';
import { IsOrgId, IsPostgresUrl, IsPort } from './validators';

/** What every org node (orders, workers, training) reads from its environment. */
export class NodeConfig {
  @EnvVar({ description: "Port of this node's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4001;

  @EnvVar({ description: 'The organization this node belongs to, e.g. "tateshina".' })
  @IsOrgId()
  ORG_ID!: string;

  @EnvVar({ description: "PostgreSQL URL of this node's own database.", secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;

  @EnvVar({ description: 'Log level: error, warn, log or debug.' })
  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'warn';
}
