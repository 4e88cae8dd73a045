import { IsIn, IsOptional } from 'class-validator';
import { EnvVar, IsEnvInt, IsHttpUrl, IsOptionalPostgresUrl, IsPort } from '@kyodo/config';

/** What `npm start` reads. Each service validates its own variables again when it boots. */
export class DemoConfig {
  @EnvVar({
    description:
      'PostgreSQL server URL for every node database (one database per node is created on it). Unset: an embedded PostgreSQL starts with its data under .kyodo/postgres.',
    secret: true,
  })
  @IsOptionalPostgresUrl()
  DATABASE_URL?: string;

  @EnvVar({ description: 'Port of the embedded PostgreSQL when DATABASE_URL is unset.' })
  @IsPort()
  EMBEDDED_PG_PORT: number = 54329;

  @EnvVar({ description: 'Port of the Keycloak the demo starts when KEYCLOAK_URL is unset.' })
  @IsPort()
  KEYCLOAK_PORT: number = 8180;

  @EnvVar({ description: 'Keycloak to use instead of starting one (it must have imported infra/keycloak/*.json).' })
  @IsOptional()
  @IsHttpUrl()
  KEYCLOAK_URL?: string;

  @EnvVar({ description: 'Port of the gateway, the one URL clients use.' })
  @IsPort()
  GATEWAY_PORT: number = 4000;

  @EnvVar({ description: 'Port of the reporting service.' })
  @IsPort()
  REPORTING_PORT: number = 4010;

  @EnvVar({
    description: 'Port of the consortium service (members, nodes, onboarding; the routing table the gateway reads), on 127.0.0.1.',
  })
  @IsPort()
  CONSORTIUM_PORT: number = 4020;

  @EnvVar({ description: "Port of the web console (http://localhost:PORT); Keycloak's kyodo-web client accepts any localhost port." })
  @IsPort()
  CONSOLE_PORT: number = 4200;

  @EnvVar({ description: 'Org nodes listen from here: org n (0-based) gets BASE+10n+1 (orders), +2 (workers), +3 (training).' })
  @IsEnvInt(1024, 65000)
  NODE_PORT_BASE: number = 4100;

  @EnvVar({ description: 'Log level of every service: error, warn, log or debug.' })
  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'warn';
}

/** `DATABASE_URL_TATESHINA_WORKERS` overrides the database of one node. */
export function nodeDatabaseOverrideVar(orgId: string, subgraph: string): string {
  return `DATABASE_URL_${orgId}_${subgraph}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}
