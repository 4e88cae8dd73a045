import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrdersModule } from '../orders/orders.module';
import { PoolClaimEntity } from './pool-claim.entity';
import { PoolClaimsResolver } from './pool-claims.resolver';
import { PoolClaimsService } from './pool-claims.service';
import { PoolOfferEntity } from './pool-offer.entity';
import { PoolOffersService } from './pool-offers.service';
import { PoolClaimOfferResolver, PoolResolver } from './pool.resolver';
import { SettlementStatementEntity } from './settlement-statement.entity';
import { SettlementsResolver } from './settlements.resolver';
import { SettlementsService } from './settlements.service';

/** 共同受注: the pool, partners' claims and the settlements between members (their minutes pushed by the org's workers node). */
@Module({
  imports: [TypeOrmModule.forFeature([PoolOfferEntity, PoolClaimEntity, SettlementStatementEntity]), OrdersModule],
  providers: [
    PoolOffersService,
    PoolClaimsService,
    SettlementsService,
    PoolResolver,
    PoolClaimOfferResolver,
    PoolClaimsResolver,
    SettlementsResolver,
  ],
})
export class SharingModule {}
