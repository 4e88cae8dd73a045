import { IsOptional } from 'class-validator';
import { EnvVar, HubServiceConfig, IsHttpUrl } from '@kyodo/config';

/** The reporting service's environment: a hub service that also asks members' nodes through the gateway. */
export class ReportingConfig extends HubServiceConfig {
  @EnvVar({
    description: "GraphQL URL of the consortium gateway (e.g. http://gateway:4000/graphql). Snapshots gather members' aggregates through its fan-out with the support body's own token; without it, takeReportingSnapshot answers UPSTREAM_NOT_CONFIGURED.",
  })
  @IsOptional()
  @IsHttpUrl()
  GATEWAY_URL?: string;
}
