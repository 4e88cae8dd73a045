import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import type { AuthContext } from './auth-context';

const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/**
 * `_entities` and `_service` are built by Apollo, not by our resolvers, so the guard never
 * sees them: this plugin requires a verified caller for both.
 */
export function federationAuthPlugin(): ApolloServerPlugin<{ req?: { auth?: AuthContext } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const touchesFederation = (operation as OperationDefinitionNode).selectionSet.selections.some(
            (s) => s.kind === Kind.FIELD && FEDERATION_FIELDS.has(s.name.value),
          );
          if (touchesFederation && !contextValue.req?.auth) {
            throw new GraphQLError('A bearer token is required.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
      };
    },
  };
}
