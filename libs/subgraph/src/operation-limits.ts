import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { EdgeConfig } from '@kyodo/config';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import {
  BREAK,
  DocumentNode,
  getNullableType,
  GraphQLError,
  GraphQLCompositeType,
  GraphQLList,
  GraphQLOutputType,
  GraphQLSchema,
  Lexer,
  Source,
  TokenKind,
  validate,
  visit,
} from 'graphql';

/** How big one operation may be. The same shape bounds the gateway and every node. */
export interface OperationLimits {
  /** Nesting of fields (fragments flattened: they add no level to the response). */
  maxDepth: number;
  /** Aliased fields (`__typename` aliases excepted). */
  maxAliases: number;
  /** Directive uses (`@include`, `@skip`…). */
  maxDirectives: number;
  /** Lexical tokens of the document: the parser stops past this many. */
  maxTokens: number;
  /** Estimated work, see `operationCost`. */
  maxCost: number;
}

/**
 * GraphQL Armor's defaults for depth (6), aliases (15), directives (50) and tokens (1000). The
 * cost counts list sizes, which Armor's does not, so its scale is ours: the costliest operation
 * of the end-to-end suite costs 8334 (two 100-item pages with their lists), hence 10,000 (see
 * README "Operation limits and the edge"; `tools/ci/measure-e2e-operations.ts` measures). Nodes
 * allow one level more, because the gateway wraps what it asks a node for in `_entities`, and
 * twice the tokens, because query plans repeat key fields.
 */
export const GATEWAY_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 6,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 10_000,
};
export const NODE_OPERATION_LIMITS: OperationLimits = { ...GATEWAY_OPERATION_LIMITS, maxDepth: 7, maxTokens: 2000 };

/** A list with no `first` argument is counted at this size (a node's page size by default is 20, at most 100). */
export const ASSUMED_LIST_SIZE = 10;

export type OperationLimitCode =
  | 'OPERATION_TOO_DEEP'
  | 'OPERATION_TOO_MANY_ALIASES'
  | 'OPERATION_TOO_MANY_DIRECTIVES'
  | 'OPERATION_TOO_MANY_TOKENS'
  | 'OPERATION_TOO_COSTLY';

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

export interface CostOptions {
  /** How many times a root field runs: a consortium-wide field runs once per active member. */
  fieldMultiplier?: (coordinate: string) => number;
}

/** Lexical tokens of a document, counted as graphql-js's `maxTokens` parse option counts them. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/**
 * The list size a field stands for: its `first` argument as coerced with the request's real
 * variables (defaults included), the number of representations an `_entities` batch carries,
 * or ASSUMED_LIST_SIZE for any other list.
 */
function listSize(parentType: GraphQLCompositeType, fieldType: GraphQLOutputType, args: Record<string, unknown>): number {
  if (typeof args.first === 'number') return Math.max(args.first, 1);
  if (Array.isArray(args.representations)) return Math.max(args.representations.length, 1);
  if (!(getNullableType(fieldType) instanceof GraphQLList)) return 1;
  // A page's `nodes`: the field that returned the page counted them already, with its `first`.
  return 'getFields' in parentType && 'pageInfo' in parentType.getFields() ? 1 : ASSUMED_LIST_SIZE;
}

/**
 * Each field costs 1, and its selections cost once per item of the list it returns; a field
 * that runs on several nodes (a fan-out) costs that much again per node.
 */
function costEstimator(options: CostOptions): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const size = listSize(type, field.type, args);
    const own = 1 + size * childComplexity;
    return own * (options.fieldMultiplier?.(`${type.name}.${field.name}`) ?? 1);
  };
}

/** graphql-query-complexity's estimate of one operation with its real variable values. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  options: CostOptions = {},
): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [costEstimator(options)] });
}

/** Depth, aliases and directives as GraphQL Armor's rules count them, without refusing anything. */
function armorCounts(schema: GraphQLSchema, document: DocumentNode): Pick<OperationMeasure, 'depth' | 'aliases' | 'directives'> {
  const found = { depth: 0, aliases: 0, directives: 0 };
  const record = (key: keyof typeof found) => [(_: unknown, details: { n: number }) => (found[key] = Math.max(found[key], details.n))];
  const unlimited = Number.MAX_SAFE_INTEGER;
  const rules = [
    maxDepthRule({ n: unlimited, flattenFragments: true, onAccept: record('depth') }),
    maxAliasesRule({ n: unlimited, onAccept: record('aliases') }),
    maxDirectivesRule({ n: unlimited, onAccept: record('directives') }),
  ];
  validate(schema, document, rules);
  return found;
}

/** Every figure the limits look at, for one operation with its variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  source: string,
  variables?: Record<string, unknown>,
  operationName?: string,
  options: CostOptions = {},
): OperationMeasure {
  return {
    ...armorCounts(schema, document),
    tokens: countTokens(source),
    cost: operationCost(schema, document, variables, operationName, options),
  };
}

/** The first limit a measured operation breaks, as the GraphQL error it is refused with. */
export function limitRefusal(
  measure: Omit<OperationMeasure, 'tokens'> & { tokens?: number },
  limits: OperationLimits,
): GraphQLError | undefined {
  const checks: Array<[OperationLimitCode, string, number | undefined, number]> = [
    ['OPERATION_TOO_MANY_TOKENS', 'tokens', measure.tokens, limits.maxTokens],
    ['OPERATION_TOO_DEEP', 'depth', measure.depth, limits.maxDepth],
    ['OPERATION_TOO_MANY_ALIASES', 'aliases', measure.aliases, limits.maxAliases],
    ['OPERATION_TOO_MANY_DIRECTIVES', 'directives', measure.directives, limits.maxDirectives],
    ['OPERATION_TOO_COSTLY', 'cost', measure.cost, limits.maxCost],
  ];
  for (const [code, what, found, limit] of checks) {
    if (found !== undefined && found > limit) {
      return new GraphQLError(`The operation's ${what} is ${found}, over the limit of ${limit}.`, {
        extensions: { code, limit, found, http: { status: 400 } },
      });
    }
  }
  return undefined;
}

/**
 * Refuses an operation over the limits after it is parsed and validated and before anything
 * runs (so before the gateway calls any node). It runs in `didResolveOperation` because that is
 * where Apollo has the request's variables: validation rules never see them, and the cost of
 * `orders(first: $n)` depends on `$n`. Tokens are bounded earlier, by the parser (see
 * `operationParseOptions`): a huge document is never parsed in full.
 */
export function operationLimitsPlugin<TContext extends object>(
  limits: OperationLimits,
  options: CostOptions = {},
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request: GraphQLRequestContext<TContext>) {
          const document = request.document;
          if (!document) return;
          const measure = { ...armorCounts(request.schema, document), cost: costOf(request, document, options) };
          const refusal = limitRefusal(measure, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/**
 * The operation's cost with its variables. Variables that do not coerce (a required one missing,
 * a wrong type) make graphql-query-complexity throw: that is the client's mistake, answered as
 * execution would answer it, never as an internal error.
 */
function costOf<TContext extends object>(request: GraphQLRequestContext<TContext>, document: DocumentNode, options: CostOptions): number {
  try {
    return operationCost(request.schema, document, request.request.variables, request.operationName ?? undefined, options);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/**
 * Apollo's parse options for the token limit (graphql-js counts tokens while it lexes, as
 * GraphQL Armor's max-tokens does, and stops at the limit).
 */
export function operationParseOptions(limits: OperationLimits): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/**
 * graphql-js reports the token limit as a syntax error (GRAPHQL_PARSE_FAILED); this gives it the
 * same kind of code as the other limits, so a client tells "too big" from "malformed".
 */
export function withTokenLimitCode<T extends { message: string; extensions?: Record<string, unknown> }>(formatted: T): T {
  const match = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (!match) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'OPERATION_TOO_MANY_TOKENS', limit: Number(match[1]) } };
}

/** Operations that read the schema itself (`__schema`, `__type`), at any depth or in a fragment. */
export function isIntrospection(document: DocumentNode | undefined): boolean {
  let found = false;
  if (document) {
    visit(document, {
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    });
  }
  return found;
}

/** The limits a service runs with: each variable set in its configuration, else the service's default. */
export function limitsFromConfig(config: EdgeConfig, defaults: OperationLimits): OperationLimits {
  return {
    maxDepth: config.OPERATION_MAX_DEPTH ?? defaults.maxDepth,
    maxAliases: config.OPERATION_MAX_ALIASES ?? defaults.maxAliases,
    maxDirectives: config.OPERATION_MAX_DIRECTIVES ?? defaults.maxDirectives,
    maxTokens: config.OPERATION_MAX_TOKENS ?? defaults.maxTokens,
    maxCost: config.OPERATION_MAX_COST ?? defaults.maxCost,
  };
}
