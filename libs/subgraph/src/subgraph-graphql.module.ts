import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { formatGraphQLError } from './graphql-error.formatter';
import { unstorableTextPlugin } from './validation/unstorable-text.plugin';

export interface SubgraphRequestContext {
  req: Request;
}

/**
 * The GraphQL module every domain service uses: a code-first Federation 2 subgraph whose
 * schema is built in memory (the committed SDL file is written by `npm run schema`, never at boot).
 */
export function subgraphGraphQLModule(options: { plugins?: ApolloServerPlugin[] } = {}): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    graphiql: false,
    introspection: true,
    context: ({ req }: { req: Request }): SubgraphRequestContext => ({ req }),
    formatError: formatGraphQLError,
    // Traces are for Apollo's hosted studio, which a consortium node never reports to.
    plugins: [ApolloServerPluginInlineTraceDisabled(), unstorableTextPlugin(), ...(options.plugins ?? [])],
  });
}
