import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './gateway-context';
import type { NodeSender } from './node-sender';
import { NodeUnavailableError, routingError } from './routing.errors';

/** A subgraph the hub runs once (reporting, consortium): one URL, no routing by org. */
export class HubDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly url: string,
    private readonly sender: NodeSender,
    /** Awaited after every mutation sent to this subgraph, before the answer goes on (the consortium's: re-read the routing table). */
    private readonly afterMutation?: () => Promise<void>,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      const response = await this.sender.send(
        { orgId: 'hub', subgraph: this.subgraph, url: this.url },
        options.request,
        (options.context ?? {}) as GatewayContext,
      );
      if (this.afterMutation && /^\s*mutation\b/.test(options.request.query ?? '')) await this.afterMutation();
      return response;
    } catch (error) {
      const message = error instanceof NodeUnavailableError ? error.message : `The ${this.subgraph} service failed.`;
      return { data: null, errors: [routingError('NODE_UNAVAILABLE', message, { subgraph: this.subgraph }).toJSON()] };
    }
  }
}
