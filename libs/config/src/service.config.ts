import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { EnvVar } from './env-var.decorator';
import { ExecutionLimitsConfig } from './execution-limits.config';
import { IsHttpUrl } from './validators';

/** What every service reads: its HTTP edge, logging, where to verify tokens, and its execution limits (validated at boot with the rest). */
export class ServiceConfig extends ExecutionLimitsConfig {
  @EnvVar({ description: 'Log level: error, warn, log or debug.' })
  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'warn';

  @EnvVar({ description: 'Keycloak base URL; tokens must be issued by <KEYCLOAK_URL>/realms/<KEYCLOAK_REALM>.' })
  @IsHttpUrl()
  KEYCLOAK_URL!: string;

  @EnvVar({ description: 'The consortium realm.' })
  @IsString()
  @Matches(/^[a-z0-9-]+$/)
  KEYCLOAK_REALM: string = 'kyodo';

  @EnvVar({ description: 'The audience every API token must carry.' })
  @IsString()
  API_AUDIENCE: string = 'kyodo-api';
}

/** The auth settings of a loaded service config. */
export function authOptionsOf(config: ServiceConfig): { keycloakUrl: string; realm: string; audience: string } {
  return { keycloakUrl: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.API_AUDIENCE };
}
