import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { LegalIdentity } from '@kyodo/domain';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { GatewayClient } from '@kyodo/subgraph';
import { WorkforceAggregatesModule } from './aggregates/workforce-aggregates.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { GatewayTaskRequirements, TASK_REQUIREMENTS, TaskRequirementsSource } from './assignments/task-requirements';
import { TRAINING_RECORDS, TrainingRecords } from './assignments/training-records';
import { BasicContractsModule } from './basic-contracts/basic-contracts.module';
import { WorkerPaperworkModule } from './worker-paperwork/worker-paperwork.module';
import { CapacityModule } from './capacity/capacity.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CommissionTermsModule } from './commission-terms/commission-terms.module';
import { FEASIBILITY_UPSTREAM, FeasibilityUpstream, GatewayFeasibilityUpstream } from './feasibility/feasibility-upstream';
import { FeasibilityModule } from './feasibility/feasibility.module';
import { GatewayOrderLeadUpstream, ORDER_LEAD_UPSTREAM, OrderLeadUpstream } from './order-lead/order-lead-upstream';
import { OrderLeadModule } from './order-lead/order-lead.module';
import { GatewaySettlementUpstream, SETTLEMENT_UPSTREAM, SettlementUpstream } from './settlements/settlement-upstream';
import { SettlementsModule } from './settlements/settlements.module';
import { GatewayTrainingUpstream, TRAINING_UPSTREAM, TrainingUpstream } from './trainings/training-upstream';
import { TrainingsModule } from './trainings/trainings.module';
import { ServiceToken, WORKERS_SERVICE_ACCOUNT } from './feasibility/service-account';
import { WORKER_DATA_KEY } from './crypto/sensitive-data.cipher';
import { workersDataSourceOptions } from './data-source';
import { MeModule } from './me/me.module';
import { NO_TASK_DETAILS, TASK_DETAILS_SOURCE, TaskDetailsSource } from './me/task-details-source';
import { NOTIFICATION_MAIL, NotificationMailSettings } from './notifications/notification-mail.settings';
import { NotificationsModule } from './notifications/notifications.module';
import { PayModule } from './pay/pay.module';
import { PayCalendarModule } from './pay-calendar/pay-calendar.module';
import { GatewayPromotionBasis, PROMOTION_BASIS, PromotionBasisSource } from './promotions/promotion-basis';
import { PromotionsModule } from './promotions/promotions.module';
import { GatewayPoolClaimSource, POOL_CLAIM_SOURCE, PoolClaimSource } from './sharing/pool-claim-source';
import { PartnerSharingModule } from './sharing/sharing.module';
import { TimeEntriesModule } from './time-entries/time-entries.module';
import { WorkersModule } from './workers/workers.module';
import { DocumentsModule } from './documents/documents.module';
import { AuditLogModule } from './audit/audit-log.module';
import { CONSOLE_URL } from './logins/invitation-mail';
import { LOGIN_DIRECTORY, LoginDirectory } from './logins/login-directory';
import { LoginsModule } from './logins/logins.module';
import { InstructionsModule } from './instructions/instructions.module';
import { OffersModule } from './offers/offers.module';
import { ZenginModule } from './zengin/zengin.module';
import { StaffRolesModule } from './staff-roles/staff-roles.module';
import { HistoryImportModule } from './history-import/history-import.module';

export interface WorkersAppOptions {
  auth: AuthModuleOptions;
  orgId: string;
  /** Members this node hosts (hosted placement), besides orgId. */
  hostedOrgIds?: readonly string[];
  /** The partner operator of each municipality-run member this node serves. */
  operatedBy?: Readonly<Record<string, string>>;
  /** Each partner operator's legal identity, and each operated member's programme (OPERATOR_IDENTITIES, PROGRAMMES): its documents carry them. */
  operatorIdentities?: Readonly<Record<string, LegalIdentity>>;
  programmes?: Readonly<Record<string, string>>;
  databaseUrl: string;
  /** AES-256 key (32 bytes) sealing sensitive notes; WORKER_DATA_KEY in production, random in tests. */
  dataKey: Buffer;
  /** Who has completed which training: the training subgraph of this org, once wired. */
  trainingRecords: TrainingRecords;
  /** What a task requires, from its owner's orders node through the gateway; without it, booking fails closed. */
  taskRequirements?: TaskRequirementsSource;
  /** The org's promotion rules and workers' completions (its training node through the gateway); without it, readiness and promotion fail closed. */
  promotionBasis?: PromotionBasisSource;
  /** The owners' word on this org's pool claims (their orders nodes through the gateway); without it, booking another member's task fails closed. */
  poolClaims?: PoolClaimSource;
  /** Titles, client label and deadline of a task being booked (the orders nodes through the gateway); without it, assignments carry none. */
  taskDetails?: TaskDetailsSource;
  /** The orders node and other members' capacity a feasibility check involves (through the gateway); without it, a check fails closed. */
  feasibility?: FeasibilityUpstream;
  /** The org's orders node and partners' workers nodes a settlement involves (through the gateway); without it, drawing one up fails closed. */
  settlements?: SettlementUpstream;
  /** The org's training node a worker's own trainings, a 修了証 and an enrolment ask (through the gateway); without it, they fail closed. */
  trainings?: TrainingUpstream;
  /** Other members' workers nodes (consent of a partner's worker) and the orders node an order's lead involves (through the gateway); without it, setting a lead fails closed. */
  orderLead?: OrderLeadUpstream;
  /** This node's service account (kyodo-workers), which pushes facts to the orders node; without it, a feasibility check, a settlement or an order's lead is refused. */
  serviceAccount?: ServiceToken | null;
  /** SMTP settings for notification emails; without them notifications are only stored. */
  mail?: NotificationMailSettings | null;
  /** The member's logins in Keycloak (KEYCLOAK_ADMIN_CLIENT_SECRET); without it, invitations and staff logins are refused. */
  logins?: LoginDirectory | null;
  /** Where the console is, for the link in an invitation mail. */
  consoleUrl?: string;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/** What the node is configured with, visible to every feature module. */
@Module({})
class WorkersNodeOptionsModule {}

/** The workers subgraph of one member organization: its resident teleworkers' data stays here. */
@Module({})
export class WorkersAppModule {
  static forRoot(options: WorkersAppOptions): DynamicModule {
    const providers = [
      { provide: WORKER_DATA_KEY, useValue: options.dataKey },
      { provide: TRAINING_RECORDS, useValue: options.trainingRecords },
      { provide: TASK_REQUIREMENTS, useValue: options.taskRequirements ?? new GatewayTaskRequirements(new GatewayClient(undefined)) },
      { provide: PROMOTION_BASIS, useValue: options.promotionBasis ?? new GatewayPromotionBasis(new GatewayClient(undefined)) },
      { provide: NOTIFICATION_MAIL, useValue: options.mail ?? null },
      { provide: TASK_DETAILS_SOURCE, useValue: options.taskDetails ?? NO_TASK_DETAILS },
      { provide: LOGIN_DIRECTORY, useValue: options.logins ?? null },
      { provide: CONSOLE_URL, useValue: options.consoleUrl ?? 'http://localhost:4200' },
      { provide: FEASIBILITY_UPSTREAM, useValue: options.feasibility ?? new GatewayFeasibilityUpstream(new GatewayClient(undefined)) },
      { provide: SETTLEMENT_UPSTREAM, useValue: options.settlements ?? new GatewaySettlementUpstream(new GatewayClient(undefined)) },
      { provide: TRAINING_UPSTREAM, useValue: options.trainings ?? new GatewayTrainingUpstream(new GatewayClient(undefined)) },
      { provide: ORDER_LEAD_UPSTREAM, useValue: options.orderLead ?? new GatewayOrderLeadUpstream(new GatewayClient(undefined)) },
      { provide: WORKERS_SERVICE_ACCOUNT, useValue: options.serviceAccount ?? null },
      { provide: POOL_CLAIM_SOURCE, useValue: options.poolClaims ?? new GatewayPoolClaimSource(new GatewayClient(undefined)) },
    ];
    return {
      module: WorkersAppModule,
      imports: [
        ...securedSubgraphModules(
          {
            service: 'workers',
            orgId: options.orgId,
            hostedOrgIds: options.hostedOrgIds,
            operatedBy: options.operatedBy,
            operatorIdentities: options.operatorIdentities,
            programmes: options.programmes,
          },
          options.auth,
        ),
        TypeOrmModule.forRoot({
          ...workersDataSourceOptions(options.databaseUrl),
          manualInitialization: options.connectToDatabase === false,
        }),
        { module: WorkersNodeOptionsModule, global: true, providers, exports: providers.map((p) => p.provide) },
        DocumentsModule,
        WorkersModule,
        PromotionsModule,
        AssignmentsModule,
        TimeEntriesModule,
        CapacityModule,
        FeasibilityModule,
        SettlementsModule,
        OrderLeadModule,
        PayModule,
        CertificatesModule,
        PartnerSharingModule,
        WorkforceAggregatesModule,
        InstructionsModule,
        OffersModule,
        NotificationsModule,
        MeModule,
        TrainingsModule,
        PayCalendarModule,
        CommissionTermsModule,
        BasicContractsModule,
        ZenginModule,
        StaffRolesModule,
        HistoryImportModule,
        LoginsModule,
        AuditLogModule,
        WorkerPaperworkModule,
      ],
    };
  }
}
