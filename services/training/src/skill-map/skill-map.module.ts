import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { OutboxModule } from '../outbox/outbox.module';
import { PromotionRuleEntity } from './promotion-rule.entity';
import { PromotionEntity } from './promotion.entity';
import { PromotionWorkerResolver, ReadinessWorkerResolver, SkillMapResolver } from './skill-map.resolver';
import { SkillMapService } from './skill-map.service';

@Module({
  imports: [TypeOrmModule.forFeature([PromotionRuleEntity, PromotionEntity]), EnrollmentsModule, OutboxModule],
  providers: [SkillMapService, SkillMapResolver, PromotionWorkerResolver, ReadinessWorkerResolver],
})
export class SkillMapModule {}
