import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GatewayClient } from '@kyodo/subgraph';
import { OrdersModule } from '../orders/orders.module';
import { CLAIM_PROGRESS_SOURCE, ClaimProgressSource, GatewayClaimProgressSource } from './claim-progress-source';
import { PoolClaimEntity } from './pool-claim.entity';
import { PoolClaimsResolver } from './pool-claims.resolver';
import { PoolClaimsService } from './pool-claims.service';
import { PoolOfferEntity } from './pool-offer.entity';
import { PoolOffersService } from './pool-offers.service';
import { PoolClaimOfferResolver, PoolResolver } from './pool.resolver';
import { SettlementStatementEntity } from './settlement-statement.entity';
import { SettlementsResolver } from './settlements.resolver';
import { SettlementsService } from './settlements.service';

export interface SharingOptions {
  /** The consortium gateway, through which partners' approved minutes are asked for a settlement (NodeConfig.GATEWAY_URL). */
  gatewayUrl?: string;
  /** Replaces the gateway as the source of partners' approved minutes for settlements (a spec's test double). */
  claimProgressSource?: ClaimProgressSource;
}

/** 共同受注: the pool, partners' claims and the settlements between members. */
@Module({})
export class SharingModule {
  static forRoot(options: SharingOptions): DynamicModule {
    return {
      module: SharingModule,
      imports: [TypeOrmModule.forFeature([PoolOfferEntity, PoolClaimEntity, SettlementStatementEntity]), OrdersModule],
      providers: [
        PoolOffersService,
        PoolClaimsService,
        SettlementsService,
        PoolResolver,
        PoolClaimOfferResolver,
        PoolClaimsResolver,
        SettlementsResolver,
        {
          provide: CLAIM_PROGRESS_SOURCE,
          useValue: options.claimProgressSource ?? new GatewayClaimProgressSource(new GatewayClient(options.gatewayUrl)),
        },
      ],
    };
  }
}
