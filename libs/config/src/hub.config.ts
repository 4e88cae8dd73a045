import { DatabaseServiceConfig } from './database-service.config';
import { EnvVar } from './env-var.decorator';
import { IsPort } from './validators';

/** What every hub service that is not an org node (reporting) reads from its environment. */
export class HubServiceConfig extends DatabaseServiceConfig {
  @EnvVar({ description: "Port of this service's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4010;
}
