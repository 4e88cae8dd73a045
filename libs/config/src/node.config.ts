import { DatabaseServiceConfig } from './database-service.config';
import { EnvVar } from './env-var.decorator';
import { Transform } from 'class-transformer';
import { IsOptional, Matches, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { REGISTRATION_NUMBER_PATTERN, type LegalIdentity } from '@kyodo/domain';
import { IsHttpUrl, IsOrgId, IsPort, ORG_ID_PATTERN } from './validators';

const ORG = ORG_ID_PATTERN.source.replace(/^\^|\$$/g, '');
const OPERATED_BY_LIST = new RegExp(`^${ORG}:${ORG}(,${ORG}:${ORG})*$`);
const ORG_ID_LIST = new RegExp(
  `^(${ORG_ID_PATTERN.source.replace(/^\^|\$$/g, '')})(,(${ORG_ID_PATTERN.source.replace(/^\^|\$$/g, '')}))*$`,
);

const INVALID_JSON = Symbol('invalid JSON');

const parseJson = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return INVALID_JSON;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, max: number): boolean => typeof value === 'string' && value.trim().length > 0 && value.length <= max;
const optionalText = (value: unknown, max: number): boolean => value === undefined || value === null || text(value, max);

/** Problems of OPERATOR_IDENTITIES: operator id → { legalName, registrationNumber, address, phone?, representative? }. */
function identityProblems(value: unknown): string[] {
  if (value === INVALID_JSON || !isObject(value)) return ['must be a JSON object keyed by operator org id'];
  return Object.entries(value).flatMap(([operatorId, identity]) => {
    if (!ORG_ID_PATTERN.test(operatorId)) return [`"${operatorId}" is not an org id`];
    if (!isObject(identity)) return [`${operatorId} must be an object`];
    return [
      ...(text(identity.legalName, 200) ? [] : [`${operatorId}.legalName must be the operator's legal name`]),
      ...(typeof identity.registrationNumber === 'string' && REGISTRATION_NUMBER_PATTERN.test(identity.registrationNumber)
        ? []
        : [`${operatorId}.registrationNumber must be T and 13 digits (適格請求書発行事業者登録番号)`]),
      ...(text(identity.address, 300) ? [] : [`${operatorId}.address must be the operator's address`]),
      ...(optionalText(identity.phone, 40) ? [] : [`${operatorId}.phone must be text`]),
      ...(optionalText(identity.representative, 200) ? [] : [`${operatorId}.representative must be text`]),
    ];
  });
}

/** Problems of PROGRAMMES: member id → programme name. */
function programmeProblems(value: unknown): string[] {
  if (value === INVALID_JSON || !isObject(value)) return ['must be a JSON object keyed by member org id'];
  return Object.entries(value).flatMap(([memberId, name]) => [
    ...(ORG_ID_PATTERN.test(memberId) ? [] : [`"${memberId}" is not an org id`]),
    ...(text(name, 100) ? [] : [`${memberId} must name the programme, e.g. "立科町テレワーク事業"`]),
  ]);
}

/**
 * OPERATOR_IDENTITIES and PROGRAMMES are well formed, and cover every member of OPERATED_BY:
 * a node must not start unable to issue its operated members' documents in the operator's name.
 */
@ValidatorConstraint({ name: 'operatorPublication' })
class OperatorPublicationRule implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return this.problems(value, args).length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    return `$property ${this.problems(args.value, args).join('; ')}`;
  }

  private problems(value: unknown, args: ValidationArguments): string[] {
    const config = args.object as NodeConfig;
    const identities = args.property === 'OPERATOR_IDENTITIES';
    if (value !== undefined) {
      const shape = identities ? identityProblems(value) : programmeProblems(value);
      if (shape.length > 0) return shape;
    }
    const given = isObject(value) ? value : {};
    const operatedBy = operatedByOf(config);
    const needed = identities ? [...new Set(Object.values(operatedBy))] : Object.keys(operatedBy);
    const missing = needed.filter((id) => !(id in given));
    return missing.length > 0 ? [`must include ${missing.join(', ')} (named in OPERATED_BY)`] : [];
  }
}

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
      'The legal identity of each partner operator named in OPERATED_BY, as the registry publishes it with OPERATED_BY: JSON keyed by operator, e.g. {"shiojiri":{"legalName":"一般財団法人 塩尻市振興公社","registrationNumber":"T1000000000020","address":"長野県塩尻市…","phone":"0263-00-0000","representative":"理事長 …"}}. Every document issued for the operated member (contracts, invoices, worker contracts, pay statements, certificates) carries it. Required for each operator in OPERATED_BY.',
  })
  @Transform(parseJson)
  @Validate(OperatorPublicationRule)
  OPERATOR_IDENTITIES?: Record<string, LegalIdentity>;

  @EnvVar({
    description:
      'The programme name of each member in OPERATED_BY, which the operator\'s documents for it name: JSON keyed by member, e.g. {"tateshina":"立科町テレワーク事業"}. Required for each member in OPERATED_BY.',
  })
  @Transform(parseJson)
  @Validate(OperatorPublicationRule)
  PROGRAMMES?: Record<string, string>;

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

/** OPERATOR_IDENTITIES and PROGRAMMES with OPERATED_BY: what the node's documents need of the members another operates. */
export function operatorPublicationOf(config: Pick<NodeConfig, 'OPERATED_BY' | 'OPERATOR_IDENTITIES' | 'PROGRAMMES'>): {
  operatedBy: Record<string, string>;
  operatorIdentities: Record<string, LegalIdentity>;
  programmes: Record<string, string>;
} {
  const identities = Object.entries(config.OPERATOR_IDENTITIES ?? {}).map(([operatorId, identity]) => [
    operatorId,
    {
      legalName: identity.legalName,
      registrationNumber: identity.registrationNumber,
      address: identity.address,
      phone: identity.phone ?? null,
      representative: identity.representative ?? null,
    },
  ]);
  return { operatedBy: operatedByOf(config), operatorIdentities: Object.fromEntries(identities), programmes: { ...config.PROGRAMMES } };
}
