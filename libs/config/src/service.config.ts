import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { EnvVar } from './env-var.decorator';
import { ExecutionLimitsConfig } from './execution-limits.config';
import { IsEnvInt, IsHttpUrl } from './validators';

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

  @EnvVar({
    description:
      'How often ended Keycloak sessions (logouts) are read, in ms: the gateway from its database (shared by its replicas), every other service from the gateway at GATEWAY_URL. A logged-out token is refused within about this long; 0 stops reading.',
  })
  @IsEnvInt(0, 60_000)
  SESSION_REVOCATION_POLL_MS: number = 1_000;
}

export interface ServiceAuthOptions {
  keycloakUrl: string;
  realm: string;
  audience: string;
  /** Where a service that is not the gateway reads ended sessions (the gateway it has in GATEWAY_URL). */
  revokedSessionsFrom?: { gatewayUrl: string; pollMs: number };
}

/** The auth settings of a loaded service config; a service with a GATEWAY_URL reads ended sessions from it. */
export function authOptionsOf(config: ServiceConfig & { GATEWAY_URL?: string }): ServiceAuthOptions {
  const options: ServiceAuthOptions = { keycloakUrl: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.API_AUDIENCE };
  if (config.GATEWAY_URL && config.SESSION_REVOCATION_POLL_MS > 0) {
    options.revokedSessionsFrom = { gatewayUrl: config.GATEWAY_URL, pollMs: config.SESSION_REVOCATION_POLL_MS };
  }
  return options;
}
