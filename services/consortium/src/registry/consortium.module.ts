import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { CircuitBoardService } from '../circuits/circuit-board.service';
import { CircuitReportController } from '../circuits/circuit-report.controller';
import { NodeCircuitsResolver } from '../circuits/node-circuits.resolver';
import { onboardingProviders, OnboardingOptions } from '../onboarding/onboarding.providers';
import { consortiumDataSourceOptions } from './data-source';
import { NodeChecker } from './node-checker';
import { RegistryNodeDirectory } from './registry-directory';
import { RegistryResolver } from './registry.resolver';
import { HUB_SECRET, RoutingTableController } from './routing-table.controller';
import { NODE_CHECKER, REGISTRY_OPTIONS, RegistryOptions, RegistryService } from './registry.service';

export interface ConsortiumAppOptions {
  auth: AuthModuleOptions;
  databaseUrl: string;
  registry: RegistryOptions;
  checker: NodeChecker;
  /** The secret the gateway presents to read the routing table (HUB_SECRET). */
  hubSecret: string;
  /** Keycloak's admin API for onboarding and suspension, and how starter data is seeded. */
  onboarding?: OnboardingOptions;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/**
 * The consortium service of the hub: members, their nodes, onboarding. It has its own database,
 * is composed into the supergraph like any other subgraph, and publishes the routing table the
 * gateway routes with (`GET /routing-table`).
 */
@Module({})
export class ConsortiumAppModule {
  static forRoot(options: ConsortiumAppOptions): DynamicModule {
    return {
      module: ConsortiumAppModule,
      controllers: [RoutingTableController, CircuitReportController],
      imports: [
        ...securedSubgraphModules({ service: 'consortium' }, options.auth),
        TypeOrmModule.forRoot({
          ...consortiumDataSourceOptions(options.databaseUrl),
          manualInitialization: options.connectToDatabase === false,
        }),
      ],
      providers: [
        { provide: REGISTRY_OPTIONS, useValue: options.registry },
        { provide: NODE_CHECKER, useValue: options.checker },
        RegistryNodeDirectory,
        { provide: HUB_SECRET, useValue: options.hubSecret },
        RegistryService,
        RegistryResolver,
        CircuitBoardService,
        NodeCircuitsResolver,
        ...onboardingProviders(options.onboarding ?? {}),
      ],
    };
  }
}
