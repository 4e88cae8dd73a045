import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { executionGuardPlugin } from './execution-guard.plugin';
import { formatGraphQLError } from './graphql-error.formatter';
import { nodeGraphQLEdge } from './graphql-edge';
import { unstorableTextPlugin } from './validation/unstorable-text.plugin';
import { withYenCoercion } from './yen.scalar';

export interface SubgraphRequestContext {
  req: Request;
}

/**
 * The GraphQL module every domain service uses: a code-first Federation 2 subgraph whose
 * schema is built in memory (the committed SDL file is written by `npm run schema`, never at boot).
 */
export function subgraphGraphQLModule(options: { plugins?: ApolloServerPlugin[] } = {}): DynamicModule {
  const edge = nodeGraphQLEdge(formatGraphQLError);
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    graphiql: false,
    introspection: true,
    context: ({ req }: { req: Request }): SubgraphRequestContext => ({ req }),
    // The federation driver rebuilds the schema from its SDL and restores the coercion of
    // DateTime only; Yen and WholeNumber get theirs back here (else numbers in, bigints out as-is).
    // Not through `resolvers`: a subgraph without money has no Yen, and Apollo refuses those.
    transformSchema: (schema) => withYenCoercion(schema),
    // Operation limits, no suggestions, no stack traces, introspection only with a token.
    parseOptions: edge.parseOptions,
    hideSchemaDetailsFromClientErrors: edge.hideSchemaDetailsFromClientErrors,
    includeStacktraceInErrorResponses: edge.includeStacktraceInErrorResponses,
    formatError: edge.formatError,
    // Traces are for Apollo's hosted studio, which a consortium node never reports to.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...edge.plugins,
      executionGuardPlugin(),
      unstorableTextPlugin(),
      ...(options.plugins ?? []),
    ],
  });
}
