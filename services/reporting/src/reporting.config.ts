import { IsOptional, IsString } from 'class-validator';
import { EnvVar, HubServiceConfig, IsEnvInt, IsHttpUrl } from '@kyodo/config';

/** The reporting service's environment: a hub service that also asks members' nodes through the gateway. */
export class ReportingConfig extends HubServiceConfig {
  @EnvVar({
    description:
      "GraphQL URL of the consortium gateway (e.g. http://gateway:4000/graphql). Snapshots gather members' aggregates through its fan-out with the support body's own token; without it, takeReportingSnapshot answers UPSTREAM_NOT_CONFIGURED.",
  })
  @IsOptional()
  @IsHttpUrl()
  GATEWAY_URL?: string;

  @EnvVar({
    description:
      "Secret of reporting's own Keycloak client (kyodo-reporting, client credentials). With it, reporting takes each month's snapshot of the current fiscal year itself; without it, only the support body's takeReportingSnapshot does.",
    secret: true,
  })
  @IsOptional()
  @IsString()
  REPORTING_CLIENT_SECRET?: string;

  @EnvVar({ description: "How often reporting looks whether this month's snapshot is due, in ms (0: never)." })
  @IsEnvInt(0, 86_400_000)
  SNAPSHOT_CHECK_INTERVAL_MS: number = 3_600_000;
}
