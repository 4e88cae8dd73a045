import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { PromotionRuleEntity } from './promotion-rule.entity';
import { SkillMapResolver } from './skill-map.resolver';
import { SkillMapService } from './skill-map.service';

@Module({
  imports: [TypeOrmModule.forFeature([PromotionRuleEntity]), EnrollmentsModule],
  providers: [SkillMapService, SkillMapResolver],
})
export class SkillMapModule {}
