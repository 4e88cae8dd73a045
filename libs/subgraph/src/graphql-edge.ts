import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Request } from 'express';
import { EdgeConfig, loadConfig } from '@kyodo/config';
import {
  isIntrospection,
  limitsFromConfig,
  NODE_OPERATION_LIMITS,
  operationLimitsPlugin,
  operationParseOptions,
  withTokenLimitCode,
} from './operation-limits';

/**
 * A node answers introspection only to a caller with a verified token: a member's nodes can be
 * reached on its own network, and the schema is a map for an attacker. (The gateway needs a
 * token for every request already.)
 */
export function introspectionNeedsTokenPlugin(): ApolloServerPlugin<{ req?: Request & { auth?: unknown } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          if (isIntrospection(request.document) && !request.contextValue.req?.auth) {
            throw new GraphQLError('Introspection needs a valid token.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/** Apollo options a node's GraphQL server runs with: operation limits and production posture. */
export function nodeGraphQLEdge(format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  const config = loadConfig(EdgeConfig);
  const limits = limitsFromConfig(config, NODE_OPERATION_LIMITS);
  return {
    plugins: [operationLimitsPlugin(limits), introspectionNeedsTokenPlugin()] as ApolloServerPlugin[],
    parseOptions: operationParseOptions(limits),
    // Field suggestions ("Did you mean …") and stack traces only in development.
    hideSchemaDetailsFromClientErrors: !config.DEV_ERRORS,
    includeStacktraceInErrorResponses: config.DEV_ERRORS,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => withTokenLimitCode(format(formatted, error)),
  };
}
