import { Transform } from 'class-transformer';
import { IsObject, IsOptional, IsString, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { DatabaseServiceConfig, EnvVar, IsEnvBoolean, IsEnvInt, IsHttpUrl, IsPort, ORG_ID_PATTERN } from '@kyodo/config';
import { NODE_SUBGRAPHS } from '@kyodo/domain';
import type { NodeUrlMap } from './routing/node-directory';

@ValidatorConstraint({ name: 'nodeUrlMap' })
class NodeUrlMapRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return this.problems(value).length === 0;
  }

  defaultMessage(args?: ValidationArguments): string {
    return this.problems(args?.value).join('; ');
  }

  private problems(value: unknown): string[] {
    if (value === INVALID_JSON) return ['KYODO_NODES must be JSON like {"tateshina":{"orders":"http://127.0.0.1:4101",...}}'];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['KYODO_NODES must be a JSON object keyed by org id'];
    const problems: string[] = [];
    for (const [orgId, nodes] of Object.entries(value)) {
      if (!ORG_ID_PATTERN.test(orgId)) problems.push(`"${orgId}" is not an org id`);
      if (typeof nodes !== 'object' || nodes === null) {
        problems.push(`${orgId} must map subgraphs to URLs`);
        continue;
      }
      for (const [subgraph, url] of Object.entries(nodes as Record<string, unknown>)) {
        if (!(NODE_SUBGRAPHS as readonly string[]).includes(subgraph)) problems.push(`${orgId}.${subgraph} is not an org-node subgraph (${NODE_SUBGRAPHS.join(', ')})`);
        if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+/.test(url)) problems.push(`${orgId}.${subgraph} must be an http(s) URL`);
      }
    }
    return problems;
  }
}

const INVALID_JSON = Symbol('invalid JSON');

/** The gateway and, in the same process, the consortium subgraph (members and nodes) with its database. */
export class GatewayConfig extends DatabaseServiceConfig {
  @EnvVar({ description: "Port of the gateway's HTTP server (0 picks a free one)." })
  @IsPort()
  PORT: number = 4000;

  @EnvVar({ description: 'Port of the consortium subgraph (members and nodes) the gateway process serves beside itself, on 127.0.0.1 (0 picks a free one).' })
  @IsPort()
  CONSORTIUM_PORT: number = 4020;

  @EnvVar({ description: 'JSON map of each member org to the URLs of its orders, workers and training nodes: registered (trusted, ACTIVE) in the consortium registry when it has no node for that org and subgraph yet; the registry rules from then on.' })
  @Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return INVALID_JSON;
    }
  })
  @IsObject()
  @Validate(NodeUrlMapRule)
  KYODO_NODES: NodeUrlMap = {};

  @EnvVar({ description: 'URL of the reporting service run by the hub.' })
  @IsHttpUrl()
  REPORTING_URL: string = 'http://127.0.0.1:4010';

  @EnvVar({ description: 'How long the gateway waits for one node before answering without it, in ms (a node in the registry may set its own).' })
  @IsEnvInt(100, 120_000)
  NODE_TIMEOUT_MS: number = 10_000;

  @EnvVar({ description: 'Share one subgraph request among identical queries in flight (same node, caller token, operation and variables); false sends each on its own.' })
  @IsEnvBoolean()
  DEDUPLICATE_INFLIGHT_QUERIES: boolean = true;

  @EnvVar({ description: 'How often the registry checks every node (health, identity, schema fit), in ms; 0 turns the checks off.' })
  @IsEnvInt(0, 3_600_000)
  NODE_CHECK_INTERVAL_MS: number = 15_000;

  @EnvVar({ description: 'After how many failed health checks in a row (unreachable) a node is marked DOWN: routing then answers NODE_UNAVAILABLE for it at once, until a check passes again.' })
  @IsEnvInt(1, 100)
  NODE_DOWN_AFTER_FAILED_CHECKS: number = 2;

  @EnvVar({ description: 'How often the routing table is re-read from the consortium database (changes made through another gateway replica), in ms.' })
  @IsEnvInt(0, 3_600_000)
  REGISTRY_REFRESH_MS: number = 5_000;

  @EnvVar({ description: 'How long an open circuit (a node that kept failing) fails fast before one probe request is let through, in ms.' })
  @IsEnvInt(100, 600_000)
  CIRCUIT_RESET_MS: number = 5_000;

  @EnvVar({ description: "Confidential Keycloak client whose service account onboards members (organizations, first admins, identity providers) and disables a suspended member's organization." })
  @IsString()
  KEYCLOAK_ADMIN_CLIENT_ID: string = 'kyodo-gateway';

  @EnvVar({ description: "Secret of KEYCLOAK_ADMIN_CLIENT_ID; without it onboardMember is refused and suspension leaves the member's Keycloak organization as it is.", secret: true })
  @IsOptional()
  @IsString()
  KEYCLOAK_ADMIN_CLIENT_SECRET?: string;

  @EnvVar({ description: 'Path of the composed supergraph SDL; defaults to the committed services/gateway/supergraph.graphql.' })
  @IsOptional()
  @IsString()
  SUPERGRAPH_PATH?: string;

  @EnvVar({ description: 'Tests only: a file the gateway appends every client operation and every subgraph request to (JSON lines), for the check that the end-to-end suite stays within the operation limits.' })
  @IsOptional()
  @IsString()
  KYODO_RECORD_OPERATIONS?: string;
}
