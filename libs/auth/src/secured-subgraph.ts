import type { DynamicModule } from '@nestjs/common';
import { NodeIdentity, ServiceNodeModule, subgraphGraphQLModule, SubgraphSchemaModule } from '@kyodo/subgraph';
import { AuthModule } from './auth.module';
import type { AuthModuleOptions } from './auth.options';
import { federationAuthPlugin } from './federation-auth.plugin';

/**
 * The modules every subgraph service starts from: who it is (and /health), token verification
 * with the global guard, the Federation 2 GraphQL endpoint with `_entities` guarded too, and
 * `/schema` (the SDL and its hash, which the gateway's registry checks).
 */
export function securedSubgraphModules(identity: NodeIdentity, auth: AuthModuleOptions): DynamicModule[] {
  return [
    ServiceNodeModule.forRoot(identity),
    AuthModule.forRoot(auth),
    subgraphGraphQLModule({ plugins: [federationAuthPlugin()] }),
    { module: SubgraphSchemaModule },
  ];
}
