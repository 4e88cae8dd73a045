import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { LegalIdentity } from '@kyodo/domain';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { OrderAggregatesModule } from './aggregates/order-aggregates.module';
import { BusinessCategoriesModule } from './categories/business-categories.module';
import { ClientsModule } from './clients/clients.module';
import { ContractsModule } from './contracts/contracts.module';
import { ContractTemplatesModule } from './contract-templates/contract-templates.module';
import { ordersDataSourceOptions } from './data-source';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DocumentsModule } from './documents/documents.module';
import { FeasibilityModule } from './feasibility/feasibility.module';
import { HistoryImportModule } from './history-import/history-import.module';
import { InvoicesModule } from './invoices/invoices.module';
import { OrdersModule } from './orders/orders.module';
import { SalesModule } from './sales/sales.module';
import { SharingModule } from './sharing/sharing.module';
import { TasksModule } from './tasks/tasks.module';

export interface OrdersAppOptions {
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
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/** The orders subgraph of one member organization. */
@Module({})
export class OrdersAppModule {
  static forRoot(options: OrdersAppOptions): DynamicModule {
    return {
      module: OrdersAppModule,
      imports: [
        ...securedSubgraphModules(
          {
            service: 'orders',
            orgId: options.orgId,
            hostedOrgIds: options.hostedOrgIds,
            operatedBy: options.operatedBy,
            operatorIdentities: options.operatorIdentities,
            programmes: options.programmes,
          },
          options.auth,
        ),
        TypeOrmModule.forRoot({
          ...ordersDataSourceOptions(options.databaseUrl),
          manualInitialization: options.connectToDatabase === false,
        }),
        DocumentsModule,
        ClientsModule,
        SalesModule,
        ContractsModule,
        ContractTemplatesModule,
        BusinessCategoriesModule,
        OrdersModule,
        TasksModule,
        DeliveriesModule,
        FeasibilityModule,
        InvoicesModule,
        OrderAggregatesModule,
        HistoryImportModule,
        SharingModule,
      ],
    };
  }
}
