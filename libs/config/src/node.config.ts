import { DatabaseServiceConfig } from './database-service.config';
import { EnvVar } from './env-var.decorator';
import { IsOptional } from 'class-validator';
import { IsHttpUrl, IsOrgId, IsPort } from './validators';

/** What every org node (orders, workers, training) reads from its environment. */
export class NodeConfig extends DatabaseServiceConfig {
  @EnvVar({ description: "Port of this node's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4001;

  @EnvVar({ description: 'The organization this node belongs to, e.g. "tateshina".' })
  @IsOrgId()
  ORG_ID!: string;

  @EnvVar({
    description:
      "GraphQL URL of the consortium gateway (e.g. http://gateway:4000/graphql). A node asks other subgraphs through it, with the caller's own token; without it, features that need another subgraph answer UPSTREAM_NOT_CONFIGURED.",
  })
  @IsOptional()
  @IsHttpUrl()
  GATEWAY_URL?: string;
}
