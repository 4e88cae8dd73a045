import { IsIn, IsOptional } from 'class-validator';
import { EnvVar } from './env-var.decorator';
import { IsPort, IsPostgresUrl } from './validators';

/** What every hub service that is not an org node (reporting) reads from its environment. */
export class HubServiceConfig {
  @EnvVar({ description: "Port of this service's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4010;

  @EnvVar({ description: "PostgreSQL URL of this service's own database.", secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;

  @EnvVar({ description: 'Log level: error, warn, log or debug.' })
  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'warn';
}
