import { EnvVar } from './env-var.decorator';
import { ServiceConfig } from './service.config';
import { IsPort, IsPostgresUrl } from './validators';

/** What every hub service that is not an org node (reporting) reads from its environment. */
export class HubServiceConfig extends ServiceConfig {
  @EnvVar({ description: "Port of this service's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4010;

  @EnvVar({ description: "PostgreSQL URL of this service's own database.", secret: true })
  @IsPostgresUrl()
  DATABASE_URL!: string;
}
