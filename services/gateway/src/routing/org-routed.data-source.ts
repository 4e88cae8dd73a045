import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { CROSS_ORG_FIELDS, FAN_OUT_FIELDS, FanOutRule } from '@kyodo/domain';
import { FanOutPlan, planFanOut } from './fan-out';
import type { GatewayContext } from './gateway-context';
import type { NodeDirectory, RoutableNode } from './node-directory';
import type { NodeSender } from './node-sender';
import { NodeUnavailableError, routingError, RoutingErrorCode } from './routing.errors';
import { analyzeOperation, namedOrg, RootField, withRootSelections } from './subgraph-operation';

type Representation = { orgId?: unknown } & Record<string, unknown>;
type Path = ReadonlyArray<string | number>;
type Data = Record<string, unknown>;

function asFormatted(
  code: RoutingErrorCode,
  message: string,
  extra: { orgId?: string; subgraph: string; path?: Path },
): GraphQLFormattedError {
  return routingError(code, message, extra).toJSON();
}

export interface RoutingRules {
  /** Root fields a member may point at another member's org. */
  crossOrgFields: ReadonlySet<string>;
  /** Consortium-wide root fields and how their answers merge. */
  fanOutFields: Readonly<Record<string, FanOutRule>>;
  /**
   * Whether a caller of `callerOrg` acts for `targetOrg` on this field by delegation (a
   * municipality-run member's partner operator on a delegated function): then it may name that org.
   */
  actsFor?(callerOrg: string, targetOrg: string, coordinate: string): boolean;
}

export const CONSORTIUM_RULES: RoutingRules = { crossOrgFields: CROSS_ORG_FIELDS, fanOutFields: FAN_OUT_FIELDS };
const PLAN_CACHE_LIMIT = 500;

/**
 * The gateway's data source for a subgraph that every member runs as its own node.
 *
 * - Entity fetches (`_entities`) are split by the `orgId` in each representation, sent to each
 *   org's node in parallel, and put back together in the original order.
 * - Root operations go to the org their `orgId` argument names, or to the caller's own org;
 *   root fields naming different orgs are split into one operation per org.
 * - Consortium-wide root fields (FAN_OUT_FIELDS) go to every active node and are merged.
 * - A node that fails yields nulls (or its share left out) and a NODE_UNAVAILABLE error naming
 *   the org; the rest of the response stands.
 */
export class OrgRoutedDataSource implements GraphQLDataSource<GatewayContext> {
  /** Fan-out plans per subgraph query text: the planner sends the same few strings again and again. */
  private readonly plans = new Map<string, FanOutPlan>();

  constructor(
    private readonly subgraph: string,
    private readonly directory: NodeDirectory,
    private readonly sender: NodeSender,
    private readonly rules: RoutingRules = CONSORTIUM_RULES,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const request = options.request;
    const context = (options.context ?? {}) as GatewayContext;
    const query = request.query;
    if (!query) throw new Error('Subgraph fetch without a query');
    const operation = analyzeOperation(query);
    if (operation.kind === 'entities') return this.fetchEntities(request, context);

    const fanOut = operation.fields.filter((f) => this.rules.fanOutFields[f.coordinate] && operation.operationType === 'query');
    if (fanOut.length === 0)
      return this.fetchRoot(request, context, operation.fields, operation.operationType === 'mutation', operation.document, true);
    const routed = operation.fields.filter((f) => !fanOut.includes(f));
    const parts = await Promise.all([
      ...(routed.length > 0 ? [this.fetchRoot(request, context, routed, false, operation.document, false)] : []),
      ...fanOut.map((field) => this.fanOut(query, request, context, operation.document, field)),
    ]);
    return combine(parts);
  }

  private async fetchEntities(request: GatewayGraphQLRequest, context: GatewayContext): Promise<GatewayGraphQLResponse> {
    const representations = (request.variables?.representations ?? []) as Representation[];
    const positionsByOrg = new Map<string, number[]>();
    representations.forEach((rep, position) => {
      const orgId = typeof rep.orgId === 'string' ? rep.orgId : '';
      positionsByOrg.set(orgId, [...(positionsByOrg.get(orgId) ?? []), position]);
    });

    const entities: unknown[] = new Array(representations.length).fill(null);
    const errors: GraphQLFormattedError[] = [];
    await Promise.all(
      [...positionsByOrg].map(async ([orgId, positions]) => {
        const path = ['_entities', positions[0]];
        const found = this.directory.lookup(orgId, this.subgraph);
        if ('refusal' in found) {
          errors.push(asFormatted(found.refusal, found.reason, { orgId, subgraph: this.subgraph, path }));
          return;
        }
        try {
          const response = await this.sender.send(
            found.node,
            { ...request, variables: { ...request.variables, representations: positions.map((p) => representations[p]) } },
            context,
          );
          const answered = ((response.data as { _entities?: unknown[] } | null | undefined)?._entities ?? []) as unknown[];
          positions.forEach((position, i) => (entities[position] = answered[i] ?? null));
          for (const error of response.errors ?? []) errors.push(remapEntityPath(error, positions));
        } catch (error) {
          errors.push(this.unavailable(error, orgId, path));
        }
      }),
    );
    return { data: { _entities: entities }, ...(errors.length ? { errors } : {}) };
  }

  /**
   * Root fields routed by org. `wholeOperation`: `fields` are all the operation's root fields,
   * so a single target gets the query text as it came (no re-printing).
   */
  private async fetchRoot(
    request: GatewayGraphQLRequest,
    context: GatewayContext,
    fields: RootField[],
    isMutation: boolean,
    document: DocumentNode,
    wholeOperation: boolean,
  ): Promise<GatewayGraphQLResponse> {
    const fieldsByOrg = new Map<string | undefined, RootField[]>();
    const refused: GraphQLFormattedError[] = [];
    for (const field of fields) {
      const named = namedOrg(field, request.variables);
      if (
        named &&
        context.defaultOrgId &&
        named !== context.defaultOrgId &&
        !this.rules.crossOrgFields.has(field.coordinate) &&
        !this.rules.actsFor?.(context.defaultOrgId, named, field.coordinate)
      ) {
        refused.push({
          ...asFormatted(
            'CROSS_ORG_REFUSED',
            `${field.coordinate} is not shared across orgs: a member of ${context.defaultOrgId} cannot name ${named}.`,
            {
              orgId: named,
              subgraph: this.subgraph,
            },
          ),
          path: [field.responseKey],
        });
        continue;
      }
      const orgId = named ?? context.defaultOrgId;
      fieldsByOrg.set(orgId, [...(fieldsByOrg.get(orgId) ?? []), field]);
    }
    const single = wholeOperation && fieldsByOrg.size === 1 && refused.length === 0;
    const run = async ([orgId, orgFields]: [string | undefined, RootField[]]): Promise<GatewayGraphQLResponse> => {
      const failAll = (error: GraphQLFormattedError): GatewayGraphQLResponse => ({
        data: Object.fromEntries(orgFields.map((f) => [f.responseKey, null])),
        errors: orgFields.map((f) => ({ ...error, path: [f.responseKey] })),
      });
      if (!orgId) return failAll(asFormatted('ORG_REQUIRED', 'Name the organization with an orgId argument.', { subgraph: this.subgraph }));
      const found = this.directory.lookup(orgId, this.subgraph);
      if ('refusal' in found) return failAll(asFormatted(found.refusal, found.reason, { orgId, subgraph: this.subgraph }));
      const query = single ? request.query! : withRootSelections(document, new Set(orgFields.map((f) => f.index)));
      try {
        return await this.sender.send(found.node, { ...request, query }, context);
      } catch (error) {
        return failAll(this.unavailable(error, orgId));
      }
    };

    // Mutations keep their serial order across orgs; queries go out in parallel.
    const groups = [...fieldsByOrg];
    const responses: GatewayGraphQLResponse[] = [];
    if (isMutation) for (const group of groups) responses.push(await run(group));
    else responses.push(...(await Promise.all(groups.map(run))));
    if (single) return responses[0];
    if (refused.length > 0) responses.push({ data: Object.fromEntries(refused.map((e) => [e.path![0], null])), errors: refused });
    return combine(responses);
  }

  /** A consortium-wide field: the same operation to every active node, in parallel, merged by its rule. */
  private async fanOut(
    query: string,
    request: GatewayGraphQLRequest,
    context: GatewayContext,
    document: DocumentNode,
    field: RootField,
  ): Promise<GatewayGraphQLResponse> {
    const plan = this.planFor(query, document, field);
    const nodes = this.directory.activeNodes(this.subgraph);
    const errors: GraphQLFormattedError[] = [];
    const values = await Promise.all(
      nodes.map(async (node: RoutableNode) => {
        try {
          const response = await this.sender.send(node, { ...request, query: plan.query }, context);
          for (const error of response.errors ?? []) errors.push({ ...error, extensions: { ...error.extensions, orgId: node.orgId } });
          return ((response.data as Data | null | undefined)?.[plan.responseKey] ?? null) as Parameters<FanOutPlan['merge']>[0][number];
        } catch (error) {
          errors.push(this.unavailable(error, node.orgId, [plan.responseKey]));
          return null;
        }
      }),
    );
    for (const down of this.directory.downNodes?.(this.subgraph) ?? [])
      errors.push(asFormatted('NODE_UNAVAILABLE', down.reason, { orgId: down.orgId, subgraph: this.subgraph, path: [plan.responseKey] }));
    return { data: { [plan.responseKey]: plan.merge(values, request.variables) }, ...(errors.length ? { errors } : {}) };
  }

  private planFor(query: string, document: DocumentNode, field: RootField): FanOutPlan {
    const key = `${field.index}:${query}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = planFanOut(document, field.index, this.rules.fanOutFields[field.coordinate]);
      if (this.plans.size >= PLAN_CACHE_LIMIT) this.plans.delete(this.plans.keys().next().value as string);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private unavailable(error: unknown, orgId: string, path?: Path): GraphQLFormattedError {
    const message = error instanceof NodeUnavailableError ? error.message : `The ${this.subgraph} node of org "${orgId}" failed.`;
    return asFormatted('NODE_UNAVAILABLE', message, { orgId, subgraph: this.subgraph, path });
  }
}

/** Several partial answers to one operation: data side by side, errors together. */
function combine(responses: GatewayGraphQLResponse[]): GatewayGraphQLResponse {
  const errors = responses.flatMap((r) => r.errors ?? []);
  return { data: Object.assign({}, ...responses.map((r) => r.data ?? {})), ...(errors.length ? { errors } : {}) };
}

/** A node numbers its entities 0..k-1; the gateway expects positions in the whole batch. */
function remapEntityPath(error: GraphQLFormattedError, positions: number[]): GraphQLFormattedError {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return error;
  return { ...error, path: ['_entities', positions[path[1]] ?? path[1], ...path.slice(2)] };
}
