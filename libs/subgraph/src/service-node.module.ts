import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { HealthController } from './health.controller';
import { NODE_IDENTITY, NodeIdentity } from './node-identity';
import { OrgNode } from './org-node';
import { TargetOrgMiddleware } from './target-org.middleware';

/** Who this process is (service, org, hosted members), its /health endpoint and the org guard for its data. */
@Module({})
export class ServiceNodeModule implements NestModule {
  static forRoot(identity: NodeIdentity): DynamicModule {
    return {
      module: ServiceNodeModule,
      global: true,
      controllers: [HealthController],
      providers: [{ provide: NODE_IDENTITY, useValue: identity }, OrgNode, TargetOrgMiddleware],
      exports: [NODE_IDENTITY, OrgNode],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // /files/<org>/… names its org in the path (the files controller checks it against the served orgs).
    consumer.apply(TargetOrgMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }
}
