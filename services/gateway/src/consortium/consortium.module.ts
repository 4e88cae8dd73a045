import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { onboardingProviders, OnboardingOptions } from '../onboarding/onboarding.providers';
import { consortiumDataSourceOptions } from './data-source';
import { NodeChecker } from './node-checker';
import { RegistryNodeDirectory } from './registry-directory';
import { RegistryResolver } from './registry.resolver';
import { NODE_CHECKER, REGISTRY_OPTIONS, RegistryOptions, RegistryService } from './registry.service';

export interface ConsortiumAppOptions {
  auth: AuthModuleOptions;
  databaseUrl: string;
  registry: RegistryOptions;
  checker: NodeChecker;
  /** The directory the gateway routes with; the registry keeps it current. */
  directory: RegistryNodeDirectory;
  /** Keycloak's admin API for onboarding and suspension, and how starter data is seeded. */
  onboarding?: OnboardingOptions;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/**
 * The consortium subgraph, run by the hub inside the gateway process: members, their nodes,
 * onboarding. It has its own database and is composed into the supergraph like any
 * other subgraph; the gateway reaches it over loopback.
 */
@Module({})
export class ConsortiumAppModule {
  static forRoot(options: ConsortiumAppOptions): DynamicModule {
    return {
      module: ConsortiumAppModule,
      imports: [
        ...securedSubgraphModules({ service: 'consortium' }, options.auth),
        TypeOrmModule.forRoot({ ...consortiumDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
      ],
      providers: [
        { provide: REGISTRY_OPTIONS, useValue: options.registry },
        { provide: NODE_CHECKER, useValue: options.checker },
        { provide: RegistryNodeDirectory, useValue: options.directory },
        RegistryService,
        RegistryResolver,
        ...onboardingProviders(options.onboarding ?? {}),
      ],
    };
  }
}
