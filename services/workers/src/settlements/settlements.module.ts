import { Module } from '@nestjs/common';
import { SettlementsResolver } from './settlements.resolver';
import { SettlementsService } from './settlements.service';

/** 精算, asked here and recorded by the org's orders node (SETTLEMENT_UPSTREAM, WORKERS_SERVICE_ACCOUNT from the app module). */
@Module({ providers: [SettlementsService, SettlementsResolver] })
export class SettlementsModule {}
