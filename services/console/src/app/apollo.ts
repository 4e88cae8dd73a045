import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { withActingOrg } from './acting-for';

// Apollo Client 4 types hooks by the declared defaults: partial data comes with its errors.
// Its documented way to declare them is namespace augmentation.
/* eslint-disable @typescript-eslint/no-namespace */
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Query {
        errorPolicy: 'all';
      }
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */

/**
 * The gateway client. The bearer token is read per request, so a silently renewed token is
 * used at once; so is the member an operator's staff act for (its org id goes into every
 * operation that takes `$orgId`). Entities are cached by org and id: the same id can exist in
 * two members' nodes. Root fields are not: the cache is cleared when the member changes.
 */
export function createApolloClient(
  gatewayUrl: string,
  currentToken: () => string | undefined,
  currentActingFor: () => string | null = () => null,
): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = currentToken();
    return { headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const actingFor = new ApolloLink((operation, forward) => {
    operation.variables = withActingOrg(operation.query, operation.variables, currentActingFor());
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, actingFor, new HttpLink({ uri: gatewayUrl })]),
    cache: new InMemoryCache({
      typePolicies: {
        Order: { keyFields: ['orgId', 'id'] },
        Client: { keyFields: ['orgId', 'id'] },
        Course: { keyFields: ['orgId', 'id'] },
        Worker: { keyFields: ['orgId', 'id'] },
        Contract: { keyFields: ['orgId', 'id'] },
        Task: { keyFields: ['orgId', 'id'] },
        Delivery: { keyFields: ['orgId', 'id'] },
        FeasibilityCheck: { keyFields: ['orgId', 'id'] },
        Assignment: { keyFields: ['orgId', 'id'] },
        TimeEntry: { keyFields: ['orgId', 'id'] },
        Invoice: { keyFields: ['orgId', 'id'] },
        PayStatement: { keyFields: ['orgId', 'id'] },
      },
    }),
    // A member's node being down gives partial data plus an error: show both. A screen shows what
    // the cache has at once and asks again: another screen's change (a new order, a status step)
    // reaches a list that was not on screen when it happened.
    defaultOptions: { watchQuery: { errorPolicy: 'all', fetchPolicy: 'cache-and-network' }, query: { errorPolicy: 'all' } },
  });
}
