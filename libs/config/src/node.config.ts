import { DatabaseServiceConfig } from './database-service.config';
import { EnvVar } from './env-var.decorator';
import { IsOptional, Matches } from 'class-validator';
import { IsHttpUrl, IsOrgId, IsPort, ORG_ID_PATTERN } from './validators';

const ORG = ORG_ID_PATTERN.source.replace(/^\^|\$$/g, '');
const OPERATED_BY_LIST = new RegExp(`^${ORG}:${ORG}(,${ORG}:${ORG})*$`);
const ORG_ID_LIST = new RegExp(
  `^(${ORG_ID_PATTERN.source.replace(/^\^|\$$/g, '')})(,(${ORG_ID_PATTERN.source.replace(/^\^|\$$/g, '')}))*$`,
);

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
      'Members this node hosts besides ORG_ID (hosted placement: a municipality-run member on its partner operator\'s nodes), comma-separated, e.g. "omachi,ikeda". Their rows live in this database under their own org id; the node serves a request for one of them only when the gateway names it.',
  })
  @IsOptional()
  @Matches(ORG_ID_LIST, { message: '$property must be org ids separated by commas, like "omachi,ikeda"' })
  HOSTED_ORG_IDS?: string;

  @EnvVar({
    description:
      'The partner operator of each municipality-run member this node serves, as member:operator pairs separated by commas, e.g. "tateshina:shiojiri" (the registry\'s partnerOperatorId). That operator\'s staff, when their token names the member in operator_for, may act for it here on the delegated functions only.',
  })
  @IsOptional()
  @Matches(OPERATED_BY_LIST, { message: '$property must be member:operator pairs separated by commas, like "tateshina:shiojiri"' })
  OPERATED_BY?: string;

  @EnvVar({
    description:
      "GraphQL URL of the consortium gateway (e.g. http://gateway:4000/graphql). A node asks other subgraphs through it, with the caller's own token; without it, features that need another subgraph answer UPSTREAM_NOT_CONFIGURED.",
  })
  @IsOptional()
  @IsHttpUrl()
  GATEWAY_URL?: string;
}

/** HOSTED_ORG_IDS as a list (empty when unset). */
export function hostedOrgIdsOf(config: Pick<NodeConfig, 'HOSTED_ORG_IDS'>): string[] {
  return config.HOSTED_ORG_IDS ? config.HOSTED_ORG_IDS.split(',') : [];
}

/** OPERATED_BY as a map from member to its partner operator. */
export function operatedByOf(config: Pick<NodeConfig, 'OPERATED_BY'>): Record<string, string> {
  return Object.fromEntries((config.OPERATED_BY ? config.OPERATED_BY.split(',') : []).map((pair) => pair.split(':') as [string, string]));
}
