import { DynamicModule, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { NODE_IDENTITY, NodeIdentity } from './node-identity';
import { OrgNode } from './org-node';

/** Who this process is (service, org), its /health endpoint and the org guard for its data. */
@Module({})
export class ServiceNodeModule {
  static forRoot(identity: NodeIdentity): DynamicModule {
    return {
      module: ServiceNodeModule,
      global: true,
      controllers: [HealthController],
      providers: [{ provide: NODE_IDENTITY, useValue: identity }, OrgNode],
      exports: [NODE_IDENTITY, OrgNode],
    };
  }
}
