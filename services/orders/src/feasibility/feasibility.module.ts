import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GatewayClient } from '@kyodo/subgraph';
import { ContractsModule } from '../contracts/contracts.module';
import { OrdersModule } from '../orders/orders.module';
import { CAPACITY_SOURCE, CapacitySource } from './capacity-source';
import { FeasibilityCheckEntity } from './feasibility-check.entity';
import { FeasibilityResolver } from './feasibility.resolver';
import { FeasibilityService } from './feasibility.service';
import { GatewayCapacitySource } from './gateway-capacity-source';

export interface FeasibilityOptions {
  /** The consortium gateway the capacity is asked through (NodeConfig.GATEWAY_URL). */
  gatewayUrl?: string;
  /** Replaces the gateway as the source of capacity (a spec's test double). */
  capacitySource?: CapacitySource;
}

@Module({})
export class FeasibilityModule {
  static forRoot(options: FeasibilityOptions): DynamicModule {
    return {
      module: FeasibilityModule,
      imports: [TypeOrmModule.forFeature([FeasibilityCheckEntity]), OrdersModule, ContractsModule],
      providers: [
        FeasibilityService,
        FeasibilityResolver,
        { provide: CAPACITY_SOURCE, useValue: options.capacitySource ?? new GatewayCapacitySource(new GatewayClient(options.gatewayUrl)) },
      ],
    };
  }
}
