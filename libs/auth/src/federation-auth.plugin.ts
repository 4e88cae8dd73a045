import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, visit } from 'graphql';
import type { AuthContext } from './auth-context';

const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/**
 * The federation field (`_entities` or `_service`) the document selects anywhere, or undefined.
 * Every field node is looked at, not only the operation's top level: a fragment spread, an inline
 * fragment (`... on Query { … }`), a nesting of both, an alias (`x: _entities`) or a field under
 * `@skip`/`@include` all still name the field here. Fragment definitions are part of the document,
 * so what a spread pulls in is seen whatever the nesting; the check over-approximates what runs.
 */
export function federationFieldIn(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Field(node) {
      if (!FEDERATION_FIELDS.has(node.name.value)) return undefined;
      found = node.name.value;
      return BREAK;
    },
  });
  return found;
}

/**
 * `_entities` and `_service` are built by Apollo, not by our resolvers, so the guard never
 * sees them: this plugin requires a verified caller for any operation that names either, at any
 * depth. Who may see which entity is each `@ResolveReference`'s own check (mayResolveReference).
 */
export function federationAuthPlugin(): ApolloServerPlugin<{ req?: { auth?: AuthContext } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          const field = federationFieldIn(document);
          if (field && !contextValue.req?.auth) {
            throw new GraphQLError(`A bearer token is required for ${field}.`, {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
