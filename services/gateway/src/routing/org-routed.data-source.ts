import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './gateway-context';
import type { NodeDirectory } from './node-directory';
import type { NodeSender } from './node-sender';
import { NodeUnavailableError, routingError, RoutingErrorCode } from './routing.errors';
import { analyzeOperation, namedOrg, RootField, withRootSelections } from './subgraph-operation';
import { CROSS_ORG_FIELDS } from './cross-org-fields';

type Representation = { orgId?: unknown } & Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

function asFormatted(code: RoutingErrorCode, message: string, extra: { orgId?: string; subgraph: string; path?: Path }): GraphQLFormattedError {
  return routingError(code, message, extra).toJSON();
}

/**
 * The gateway's data source for a subgraph that every member runs as its own node.
 *
 * - Entity fetches (`_entities`) are split by the `orgId` in each representation, sent to each
 *   org's node in parallel, and put back together in the original order.
 * - Root operations go to the org their `orgId` argument names, or to the caller's own org;
 *   root fields naming different orgs are split into one operation per org.
 * - A node that fails yields nulls for its part and a NODE_UNAVAILABLE error naming the org;
 *   the rest of the response stands.
 */
export class OrgRoutedDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly directory: NodeDirectory,
    private readonly sender: NodeSender,
    private readonly crossOrgFields: ReadonlySet<string> = CROSS_ORG_FIELDS,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const request = options.request;
    const context = (options.context ?? {}) as GatewayContext;
    if (!request.query) throw new Error('Subgraph fetch without a query');
    const operation = analyzeOperation(request.query);
    if (operation.kind === 'entities') return this.fetchEntities(request, context);
    return this.fetchRoot(request, context, operation.fields, operation.operationType === 'mutation', operation.document);
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
        const url = this.directory.nodeUrl(orgId, this.subgraph);
        if (!url) {
          errors.push(asFormatted('UNKNOWN_ORG', `No ${this.subgraph} node for org "${orgId}".`, { orgId, subgraph: this.subgraph, path: ['_entities', positions[0]] }));
          return;
        }
        try {
          const response = await this.sender.send(
            { orgId, subgraph: this.subgraph, url },
            { ...request, variables: { ...request.variables, representations: positions.map((p) => representations[p]) } },
            context,
          );
          const answered = ((response.data as { _entities?: unknown[] } | null | undefined)?._entities ?? []) as unknown[];
          positions.forEach((position, i) => (entities[position] = answered[i] ?? null));
          for (const error of response.errors ?? []) errors.push(remapEntityPath(error, positions));
        } catch (error) {
          errors.push(this.unavailable(error, orgId, ['_entities', positions[0]]));
        }
      }),
    );
    return { data: { _entities: entities }, ...(errors.length ? { errors } : {}) };
  }

  private async fetchRoot(
    request: GatewayGraphQLRequest,
    context: GatewayContext,
    fields: RootField[],
    isMutation: boolean,
    document: Parameters<typeof withRootSelections>[0],
  ): Promise<GatewayGraphQLResponse> {
    const fieldsByOrg = new Map<string | undefined, RootField[]>();
    const refused: GraphQLFormattedError[] = [];
    for (const field of fields) {
      const named = namedOrg(field, request.variables);
      if (named && context.defaultOrgId && named !== context.defaultOrgId && !this.crossOrgFields.has(field.coordinate)) {
        refused.push({
          ...asFormatted('CROSS_ORG_REFUSED', `${field.coordinate} is not shared across orgs: a member of ${context.defaultOrgId} cannot name ${named}.`, {
            orgId: named,
            subgraph: this.subgraph,
          }),
          path: [field.responseKey],
        });
        continue;
      }
      const orgId = named ?? context.defaultOrgId;
      fieldsByOrg.set(orgId, [...(fieldsByOrg.get(orgId) ?? []), field]);
    }
    const single = fieldsByOrg.size === 1 && refused.length === 0;
    const run = async ([orgId, orgFields]: [string | undefined, RootField[]]): Promise<GatewayGraphQLResponse> => {
      const failAll = (error: GraphQLFormattedError): GatewayGraphQLResponse => ({
        data: Object.fromEntries(orgFields.map((f) => [f.responseKey, null])),
        errors: orgFields.map((f) => ({ ...error, path: [f.responseKey] })),
      });
      if (!orgId) {
        return failAll(asFormatted('ORG_REQUIRED', 'Name the organization with an orgId argument.', { subgraph: this.subgraph }));
      }
      const url = this.directory.nodeUrl(orgId, this.subgraph);
      if (!url) return failAll(asFormatted('UNKNOWN_ORG', `No ${this.subgraph} node for org "${orgId}".`, { orgId, subgraph: this.subgraph }));
      const query = single ? request.query! : withRootSelections(document, new Set(orgFields.map((f) => f.index)));
      try {
        return await this.sender.send({ orgId, subgraph: this.subgraph, url }, { ...request, query }, context);
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
    const errors = responses.flatMap((r) => r.errors ?? []);
    return { data: Object.assign({}, ...responses.map((r) => r.data ?? {})), ...(errors.length ? { errors } : {}) };
  }

  private unavailable(error: unknown, orgId: string, path?: Path): GraphQLFormattedError {
    const message = error instanceof NodeUnavailableError ? error.message : `The ${this.subgraph} node of org "${orgId}" failed.`;
    return asFormatted('NODE_UNAVAILABLE', message, { orgId, subgraph: this.subgraph, path });
  }
}

/** A node numbers its entities 0..k-1; the gateway expects positions in the whole batch. */
function remapEntityPath(error: GraphQLFormattedError, positions: number[]): GraphQLFormattedError {
  const path = error.path;
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return error;
  return { ...error, path: ['_entities', positions[path[1]] ?? path[1], ...path.slice(2)] };
}
