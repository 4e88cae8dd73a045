import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './gateway-context';
import type { NodeSender } from './node-sender';
import { NodeUnavailableError, routingError } from './routing.errors';

/** A subgraph the hub runs once (reporting): one URL, no routing by org. */
export class HubDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    private readonly url: string,
    private readonly sender: NodeSender,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await this.sender.send({ orgId: 'hub', subgraph: this.subgraph, url: this.url }, options.request, (options.context ?? {}) as GatewayContext);
    } catch (error) {
      const message = error instanceof NodeUnavailableError ? error.message : `The ${this.subgraph} service failed.`;
      return { data: null, errors: [routingError('NODE_UNAVAILABLE', message, { subgraph: this.subgraph }).toJSON()] };
    }
  }
}
