import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { CoursesModule } from './courses/courses.module';
import { trainingDataSourceOptions } from './data-source';

export interface TrainingAppOptions {
  auth: AuthModuleOptions;
  orgId: string;
  databaseUrl: string;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/** The training subgraph of one member organization: its course catalogue (研修一覧). */
@Module({})
export class TrainingAppModule {
  static forRoot(options: TrainingAppOptions): DynamicModule {
    return {
      module: TrainingAppModule,
      imports: [
        ...securedSubgraphModules({ service: 'training', orgId: options.orgId }, options.auth),
        TypeOrmModule.forRoot({ ...trainingDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
        CoursesModule,
      ],
    };
  }
}
