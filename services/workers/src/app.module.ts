import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { workersDataSourceOptions } from './data-source';
import { WorkersModule } from './workers/workers.module';

export interface WorkersAppOptions {
  auth: AuthModuleOptions;
  orgId: string;
  databaseUrl: string;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/** The workers subgraph of one member organization: its resident teleworkers' data stays here. */
@Module({})
export class WorkersAppModule {
  static forRoot(options: WorkersAppOptions): DynamicModule {
    return {
      module: WorkersAppModule,
      imports: [
        ...securedSubgraphModules({ service: 'workers', orgId: options.orgId }, options.auth),
        TypeOrmModule.forRoot({ ...workersDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
        WorkersModule,
      ],
    };
  }
}
