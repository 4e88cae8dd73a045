import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './gateway-context';
import type { NodeRequest, NodeSender, NodeTarget } from './node-sender';

/**
 * One line of the operation log: an operation a client sent the gateway, or a request the
 * gateway sent a subgraph for it (`_entities` batches with their representations).
 */
export type RecordedOperation =
  | { kind: 'client'; query: string; operationName?: string; variables?: Record<string, unknown>; activeMembers: number }
  | { kind: 'subgraph'; subgraph: string; orgId: string; query: string; operationName?: string; variables?: Record<string, unknown> };

/**
 * Tests only (KYODO_RECORD_OPERATIONS): appends every operation to a JSON-lines file, so a
 * check can measure what the end-to-end suite really sends, and what the gateway sends the
 * nodes for it, against the limits. Synchronous appends keep lines whole across requests.
 */
export class OperationRecorder {
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  record(entry: RecordedOperation): void {
    appendFileSync(this.path, JSON.stringify(entry) + '\n');
  }

  /** Records what clients send, as parsed (operations the parser refuses never get further). */
  plugin(activeMembers: () => number): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async (request) => {
          this.record({
            kind: 'client',
            query: request.source ?? '',
            operationName: request.operationName ?? undefined,
            variables: request.request.variables,
            activeMembers: activeMembers(),
          });
        },
      }),
    };
  }

  /** Wraps the gateway's sender: every subgraph request is recorded as it leaves. */
  sender(inner: NodeSender): NodeSender {
    return {
      send: (target: NodeTarget, request: NodeRequest, context: GatewayContext): Promise<GatewayGraphQLResponse> => {
        this.record({
          kind: 'subgraph',
          subgraph: target.subgraph,
          orgId: target.orgId,
          query: request.query ?? '',
          operationName: request.operationName,
          variables: request.variables,
        });
        return inner.send(target, request, context);
      },
    };
  }
}
