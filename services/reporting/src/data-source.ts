import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { OperatingCostEntity } from './operating-costs/operating-cost.entity';
import { Initial1763683200000 } from './migrations/1763683200000-initial';
import { KpiSnapshots1764288000000 } from './migrations/1764288000000-kpi-snapshots';
import { MemberCounts1764460800000 } from './migrations/1764460800000-member-counts';
import { YenSnapshots1765230000000 } from './migrations/1765230000000-yen-snapshots';
import { KpiPlans1765230000001 } from './migrations/1765230000001-kpi-plans';
import { ConsortiumKpiPlans1765230000003 } from './migrations/1765230000003-consortium-kpi-plans';
import { Projects1765470000010 } from './migrations/1765470000010-projects';
import { NewMunicipalities1765470000011 } from './migrations/1765470000011-new-municipalities';
import { AuditLogOrg1765490000000 } from './migrations/1765490000000-audit-log-org';

/** The reporting service's database: used by Nest (app.module) and by the TypeORM CLI (default export). */
export function reportingDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [OperatingCostEntity],
    migrations: [
      Initial1763683200000,
      KpiSnapshots1764288000000,
      MemberCounts1764460800000,
      YenSnapshots1765230000000,
      KpiPlans1765230000001,
      ConsortiumKpiPlans1765230000003,
      Projects1765470000010,
      NewMunicipalities1765470000011,
      AuditLogOrg1765490000000,
    ],
  });
}

export default new DataSource(
  reportingDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_reporting'),
);
