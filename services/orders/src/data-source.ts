import { DataSource, DataSourceOptions } from 'typeorm';
import { serviceDataSourceOptions } from '@kyodo/database';
import { BusinessCategoryEntity } from './categories/business-category.entity';
import { CategoryWithholdingEntity } from './categories/category-withholding.entity';
import { ClientEntity } from './clients/client.entity';
import { ContractEntity } from './contracts/contract.entity';
import { ContractTemplateEntity } from './contract-templates/contract-template.entity';
import { ContractTemplates1765530000001 } from './migrations/1765530000001-contract-templates';
import { RequirableCourseEntity } from './course-codes/requirable-course.entity';
import { DeliveryEntity } from './deliveries/delivery.entity';
import { FeasibilityCheckEntity } from './feasibility/feasibility-check.entity';
import { InvoiceSettingsEntity } from './invoice-settings/invoice-settings.entity';
import { InvoiceLineEntity } from './invoices/invoice-line.entity';
import { InvoicePaymentEntity } from './invoices/payments/invoice-payment.entity';
import { InvoiceEntity } from './invoices/invoice.entity';
import { OrderEntity } from './orders/order.entity';
import { PoolClaimEntity } from './sharing/pool-claim.entity';
import { PoolOfferEntity } from './sharing/pool-offer.entity';
import { SettlementStatementEntity } from './sharing/settlement-statement.entity';
import { TaskEntity } from './tasks/task.entity';
import { Initial1763683200000 } from './migrations/1763683200000-initial';
import { OrderLifecycle1763769600000 } from './migrations/1763769600000-order-lifecycle';
import { OrderDetails1763769700000 } from './migrations/1763769700000-order-details';
import { Tasks1763769800000 } from './migrations/1763769800000-tasks';
import { Invoices1763769900000 } from './migrations/1763769900000-invoices';
import { Deliveries1763856000000 } from './migrations/1763856000000-deliveries';
import { PartialCreditNotes1763856100000 } from './migrations/1763856100000-partial-credit-notes';
import { FeasibilityChecks1763856200000 } from './migrations/1763856200000-feasibility-checks';
import { InvoiceSettings1763856300000 } from './migrations/1763856300000-invoice-settings';
import { Sharing1764374400000 } from './migrations/1764374400000-sharing';
import { FeasibleWithConsortium1764374500000 } from './migrations/1764374500000-feasible-with-consortium';
import { ReportingAggregates1764288000000 } from './migrations/1764288000000-reporting-aggregates';
import { SkillMapV21765100000000 } from './migrations/1765100000000-skill-map-v2';
import { CategoryWithholding1765210000000 } from './migrations/1765210000000-category-withholding';
import { OrderRules1765200000000 } from './migrations/1765200000000-order-rules';
import { InvoiceSnapshotsAndPayments1765200100000 } from './migrations/1765200100000-invoice-snapshots-and-payments';
import { SalesActivities1765230000002 } from './migrations/1765230000002-sales-activities';
import { HistoryImport1765430000000 } from './migrations/1765430000000-history-import';
import { AuditLogOrg1765490000000 } from './migrations/1765490000000-audit-log-org';
import { ContractIssuer1765500000001 } from './migrations/1765500000001-contract-issuer';
import { InvoiceHistoryImport1765540000000 } from './migrations/1765540000000-invoice-history-import';

/** The orders node's database: used by Nest (app.module) and by the TypeORM CLI (default export). */
export function ordersDataSourceOptions(url: string): DataSourceOptions {
  return serviceDataSourceOptions({
    url,
    entities: [
      ClientEntity,
      ContractEntity,
      BusinessCategoryEntity,
      CategoryWithholdingEntity,
      OrderEntity,
      TaskEntity,
      DeliveryEntity,
      FeasibilityCheckEntity,
      InvoiceEntity,
      InvoiceLineEntity,
      InvoiceSettingsEntity,
      PoolOfferEntity,
      PoolClaimEntity,
      SettlementStatementEntity,
      RequirableCourseEntity,
      InvoicePaymentEntity,
      ContractTemplateEntity,
    ],
    migrations: [
      Initial1763683200000,
      OrderLifecycle1763769600000,
      OrderDetails1763769700000,
      Tasks1763769800000,
      Invoices1763769900000,
      Deliveries1763856000000,
      PartialCreditNotes1763856100000,
      FeasibilityChecks1763856200000,
      InvoiceSettings1763856300000,
      ReportingAggregates1764288000000,
      Sharing1764374400000,
      FeasibleWithConsortium1764374500000,
      SkillMapV21765100000000,
      OrderRules1765200000000,
      InvoiceSnapshotsAndPayments1765200100000,
      CategoryWithholding1765210000000,
      SalesActivities1765230000002,
      HistoryImport1765430000000,
      AuditLogOrg1765490000000,
      ContractIssuer1765500000001,
      InvoiceHistoryImport1765540000000,
      ContractTemplates1765530000001,
    ],
  });
}

export default new DataSource(ordersDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kyodo_dev_orders'));
