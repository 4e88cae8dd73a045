import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import { UNSTORABLE_TEXT } from './text.validators';

/** The first path (e.g. `variables.input.address`) whose string holds a character no field stores. */
function unstorableIn(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return UNSTORABLE_TEXT.test(value) ? path : undefined;
  // Deeper than any input type nests: nothing to store there either, and no stack to exhaust.
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableIn(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function unstorableLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!UNSTORABLE_TEXT.test(node.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * The last line of defence behind the per-field validators: an operation whose variables or
 * literal arguments carry a NUL or other control character (tab and line breaks aside) or a
 * lone surrogate is refused with BAD_USER_INPUT before anything resolves. PostgreSQL refuses
 * NUL in text, which would otherwise surface as INTERNAL_SERVER_ERROR from a field a
 * validator missed. `_entities` representations arrive as variables, so they are covered too.
 */
export function unstorableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const path = unstorableIn(request.variables ?? {}, 'variables') ?? (unstorableLiteral(document) ? 'an argument' : undefined);
          if (path) {
            throw new GraphQLError(`${path} holds a control character or an unpaired surrogate, which no field accepts.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
