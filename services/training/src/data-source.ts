import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { CourseEntity } from './courses/course.entity';
import { EnrollmentEntity } from './enrollments/enrollment.entity';
import { Initial1763683200000 } from './migrations/1763683200000-initial';
import { TrainingRecords1764028800000 } from './migrations/1764028800000-training-records';
import { SkillMapV21765100000000 } from './migrations/1765100000000-skill-map-v2';
import { StageOverrides1765210000001 } from './migrations/1765210000001-stage-overrides';
import { StageChangeOutbox1765460000000 } from './migrations/1765460000000-stage-change-outbox';
import { AuditLogOrg1765490000000 } from './migrations/1765490000000-audit-log-org';
import { PromotionRuleEntity } from './skill-map/promotion-rule.entity';

/** The training node's database: used by Nest (app.module) and by the TypeORM CLI (default export). */
export function trainingDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [CourseEntity, EnrollmentEntity, PromotionRuleEntity],
    migrations: [
      Initial1763683200000,
      TrainingRecords1764028800000,
      SkillMapV21765100000000,
      StageOverrides1765210000001,
      StageChangeOutbox1765460000000,
      AuditLogOrg1765490000000,
    ],
  });
}

export default new DataSource(
  trainingDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_training'),
);
