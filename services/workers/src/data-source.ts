import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { AssignmentEntity } from './assignments/assignment.entity';
import { TimeEntryEntity } from './time-entries/time-entry.entity';
import { WorkerEntity } from './workers/worker.entity';
import { Initial1763683200000 } from './migrations/1763683200000-initial';
import { WorkerDetails1763769600000 } from './migrations/1763769600000-worker-details';
import { Assignments1763856000000 } from './migrations/1763856000000-assignments';
import { TimeEntries1763942400000 } from './migrations/1763942400000-time-entries';
import { Pay1764028800000 } from './migrations/1764028800000-pay';
import { ReportingAggregates1764288000000 } from './migrations/1764288000000-reporting-aggregates';
import { PartnerSharing1764374400000 } from './migrations/1764374400000-sharing';
import { SkillMapV21765100000000 } from './migrations/1765100000000-skill-map-v2';
import { TimeCorrections1765220000000 } from './migrations/1765220000000-time-corrections';
import { TaskInstructions1765250000000 } from './migrations/1765250000000-task-instructions';
import { Offers1765251000000 } from './migrations/1765251000000-offers';
import { WorkerSelfService1765240000000 } from './migrations/1765240000000-worker-self-service';
import { NotificationEntity } from './notifications/notification.entity';
import { CommissionTerms1765260000000 } from './migrations/1765260000000-commission-terms';
import { AppliedStageChanges1765460000001 } from './migrations/1765460000001-applied-stage-changes';
import { CertificateForm1765470000000 } from './migrations/1765470000000-certificate-form';
import { StaffRoleYears1765470000001 } from './migrations/1765470000001-staff-role-years';
import { HistoryImport1765430100000 } from './migrations/1765430100000-history-import';
import { ClaimSharesOrg1765480000000 } from './migrations/1765480000000-claim-shares-org';
import { AuditLogOrg1765490000000 } from './migrations/1765490000000-audit-log-org';
import { DocumentIssuers1765500000000 } from './migrations/1765500000000-document-issuers';
import { BasicContractEntity } from './basic-contracts/basic-contract.entity';
import { BasicContractTemplateEntity } from './basic-contracts/basic-contract-template.entity';
import { BasicContractTemplates1765530000000 } from './migrations/1765530000000-basic-contract-templates';
import { CommissionTermsEntity } from './commission-terms/commission-terms.entity';
import { PaySettingsEntity } from './pay-calendar/pay-settings.entity';
import { PayStatementEntity } from './pay/pay-statement.entity';
import { PayStatementLineEntity } from './pay/pay-statement-line.entity';
import { StageChanges1765580000000 } from './migrations/1765580000000-stage-changes';
import { StageChangeEntity } from './promotions/stage-change.entity';

/** The workers node's database: used by Nest (app.module) and by the TypeORM CLI (default export). */
export function workersDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      WorkerEntity,
      AssignmentEntity,
      TimeEntryEntity,
      PayStatementEntity,
      PayStatementLineEntity,
      NotificationEntity,
      PaySettingsEntity,
      CommissionTermsEntity,
      BasicContractEntity,
      BasicContractTemplateEntity,
      StageChangeEntity,
    ],
    migrations: [
      Initial1763683200000,
      WorkerDetails1763769600000,
      Assignments1763856000000,
      TimeEntries1763942400000,
      Pay1764028800000,
      ReportingAggregates1764288000000,
      PartnerSharing1764374400000,
      SkillMapV21765100000000,
      TimeCorrections1765220000000,
      WorkerSelfService1765240000000,
      TaskInstructions1765250000000,
      Offers1765251000000,
      CommissionTerms1765260000000,
      AppliedStageChanges1765460000001,
      CertificateForm1765470000000,
      StaffRoleYears1765470000001,
      HistoryImport1765430100000,
      ClaimSharesOrg1765480000000,
      AuditLogOrg1765490000000,
      DocumentIssuers1765500000000,
      BasicContractTemplates1765530000000,
      StageChanges1765580000000,
    ],
  });
}

export default new DataSource(workersDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_workers'));
