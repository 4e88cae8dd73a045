import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkersModule } from '../workers/workers.module';
import { PromotionWorkerResolver, PromotionsResolver, ReadinessWorkerResolver } from './promotions.resolver';
import { PromotionsService } from './promotions.service';
import { StageChangeEntity } from './stage-change.entity';

/** The skill map's stage changes, where the stages are (the training node keeps the rules and completions). */
@Module({
  imports: [TypeOrmModule.forFeature([StageChangeEntity]), WorkersModule],
  providers: [PromotionsService, PromotionsResolver, PromotionWorkerResolver, ReadinessWorkerResolver],
})
export class PromotionsModule {}
