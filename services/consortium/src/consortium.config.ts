import { Transform } from 'class-transformer';
import {
  IsObject,
  IsOptional,
  IsString,
  MinLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { DatabaseServiceConfig, EnvVar, IsEnvInt, IsHttpUrl, IsPort, ORG_ID_PATTERN } from '@kyodo/config';
import { NODE_SUBGRAPHS, NodeUrlMap, OperatingForm } from '@kyodo/domain';
import type { MemberFormMap } from './registry/registry.service';

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
        if (!(NODE_SUBGRAPHS as readonly string[]).includes(subgraph))
          problems.push(`${orgId}.${subgraph} is not an org-node subgraph (${NODE_SUBGRAPHS.join(', ')})`);
        if (typeof url !== 'string' || !/^https?:\/\/[^\s/]+/.test(url)) problems.push(`${orgId}.${subgraph} must be an http(s) URL`);
      }
    }
    return problems;
  }
}

const INVALID_JSON = Symbol('invalid JSON');

const FORMS: readonly string[] = Object.values(OperatingForm);

@ValidatorConstraint({ name: 'memberFormMap' })
class MemberFormMapRule implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return this.problems(value).length === 0;
  }

  defaultMessage(args?: ValidationArguments): string {
    return this.problems(args?.value).join('; ');
  }

  private problems(value: unknown): string[] {
    if (value === INVALID_JSON)
      return ['KYODO_MEMBER_FORMS must be JSON like {"tateshina":{"operatingForm":"MUNICIPALITY_RUN","partnerOperatorId":"shiojiri"}}'];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return ['KYODO_MEMBER_FORMS must be a JSON object keyed by org id'];
    const problems: string[] = [];
    for (const [orgId, form] of Object.entries(
      value as Record<string, { operatingForm?: unknown; partnerOperatorId?: unknown; hostedBy?: unknown; name?: unknown }>,
    )) {
      if (!ORG_ID_PATTERN.test(orgId)) problems.push(`"${orgId}" is not an org id`);
      if (!FORMS.includes(form?.operatingForm as string)) problems.push(`${orgId}.operatingForm must be one of ${FORMS.join(', ')}`);
      if (form && 'hostedBy' in form && !(typeof form.hostedBy === 'string' && ORG_ID_PATTERN.test(form.hostedBy)))
        problems.push(`${orgId}.hostedBy must be an org id (the member whose nodes host it)`);
      if (form && 'name' in form && !(typeof form.name === 'string' && form.name.trim().length > 0 && form.name.length <= 100))
        problems.push(`${orgId}.name must be the member's name, 1 to 100 characters`);
      const partner = form?.partnerOperatorId;
      if ((form?.operatingForm === OperatingForm.MUNICIPALITY_RUN) !== (typeof partner === 'string' && ORG_ID_PATTERN.test(partner)))
        problems.push(`${orgId}: a municipality-run member names its partnerOperatorId (an org id); another form names none`);
    }
    return problems;
  }
}

const parseJson = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return INVALID_JSON;
  }
};

/** The consortium service of the hub: the member and node registry, onboarding, and the routing table it publishes. */
export class ConsortiumConfig extends DatabaseServiceConfig {
  @EnvVar({
    description: "Port of the consortium service (0 picks a free one); it listens on 127.0.0.1: only the hub's gateway reaches it.",
  })
  @IsPort()
  PORT: number = 4020;

  @EnvVar({
    description:
      "Secret the hub gateway presents to read the routing table (GET /routing-table); the same value as the gateway's HUB_SECRET. At least 32 characters.",
    secret: true,
  })
  @IsString()
  @MinLength(32)
  HUB_SECRET!: string;

  @EnvVar({
    description:
      'GraphQL URL of the hub gateway, from which this service reads ended Keycloak sessions (logouts) as the nodes do; without it a logged-out token is accepted here until it expires.',
  })
  @IsOptional()
  @IsHttpUrl()
  GATEWAY_URL?: string;

  @EnvVar({
    description:
      'JSON map of each member org to the URLs of its orders, workers and training nodes: registered (trusted, ACTIVE) in the registry when it has no node for that org and subgraph yet; the registry rules from then on.',
  })
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

  @EnvVar({
    description:
      'JSON map of a seeded member (KYODO_NODES) to its operating form, e.g. {"tateshina":{"operatingForm":"MUNICIPALITY_RUN","partnerOperatorId":"shiojiri"}}, for a member seeded at its host\'s node URLs, its host ("hostedBy"), and the name people read ("name", e.g. 立科町; else its id): applied when the seed registers the member, with its feature set and default delegation; unset, seeded members are CORPORATE_EXPANDED on their own nodes.',
  })
  @Transform(parseJson)
  @IsObject()
  @Validate(MemberFormMapRule)
  KYODO_MEMBER_FORMS: MemberFormMap = {};

  @EnvVar({ description: 'How often the registry checks every node (health, identity, schema fit), in ms; 0 turns the checks off.' })
  @IsEnvInt(0, 3_600_000)
  NODE_CHECK_INTERVAL_MS: number = 15_000;

  @EnvVar({
    description:
      'After how many failed health checks in a row (unreachable) a node is marked DOWN: routing then answers NODE_UNAVAILABLE for it at once, until a check passes again.',
  })
  @IsEnvInt(1, 100)
  NODE_DOWN_AFTER_FAILED_CHECKS: number = 2;

  @EnvVar({
    description: 'How often the routing table is re-read from the database (changes made through another replica of this service), in ms.',
  })
  @IsEnvInt(0, 3_600_000)
  REGISTRY_REFRESH_MS: number = 5_000;

  @EnvVar({
    description:
      "Confidential Keycloak client whose service account onboards members (organizations, first admins, identity providers) and disables a suspended member's organization.",
  })
  @IsString()
  KEYCLOAK_ADMIN_CLIENT_ID: string = 'kyodo-gateway';

  @EnvVar({
    description:
      "Secret of KEYCLOAK_ADMIN_CLIENT_ID; without it onboardMember is refused and suspension leaves the member's Keycloak organization as it is.",
    secret: true,
  })
  @IsOptional()
  @IsString()
  KEYCLOAK_ADMIN_CLIENT_SECRET?: string;

  @EnvVar({
    description:
      "Path of the subgraph manifest (each subgraph's SDL and hash) a node's schema is checked against; defaults to the committed services/gateway/supergraph.subgraphs.json.",
  })
  @IsOptional()
  @IsString()
  SUBGRAPH_MANIFEST_PATH?: string;
}
