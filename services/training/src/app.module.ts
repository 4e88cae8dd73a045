import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceNodeModule, subgraphGraphQLModule } from '@kyodo/subgraph';
import { CoursesModule } from './courses/courses.module';
import { trainingDataSourceOptions } from './data-source';

export interface TrainingAppOptions {
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
        ServiceNodeModule.forRoot({ service: 'training', orgId: options.orgId }),
        TypeOrmModule.forRoot({ ...trainingDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
        subgraphGraphQLModule(),
        CoursesModule,
      ],
    };
  }
}
