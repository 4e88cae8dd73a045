import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceNodeModule, subgraphGraphQLModule } from '@kyodo/subgraph';
import { workersDataSourceOptions } from './data-source';
import { WorkersModule } from './workers/workers.module';

export interface WorkersAppOptions {
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
        ServiceNodeModule.forRoot({ service: 'workers', orgId: options.orgId }),
        TypeOrmModule.forRoot({ ...workersDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
        subgraphGraphQLModule(),
        WorkersModule,
      ],
    };
  }
}
