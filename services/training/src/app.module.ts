import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { CoursesModule } from './courses/courses.module';
import { trainingDataSourceOptions } from './data-source';
import { EnrollmentsModule } from './enrollments/enrollments.module';
import { SkillMapModule } from './skill-map/skill-map.module';
import { PARTNER_COURSES } from './upstream/partner-courses';
import type { TrainingUpstream } from './upstream/training-upstream';

export interface TrainingAppOptions {
  auth: AuthModuleOptions;
  orgId: string;
  /** Members this node hosts (hosted placement), besides orgId. */
  hostedOrgIds?: readonly string[];
  /** The partner operator of each municipality-run member this node serves. */
  operatedBy?: Readonly<Record<string, string>>;
  databaseUrl: string;
  /** The other subgraphs the node asks (through the gateway in production, fakes in specs). */
  upstream: TrainingUpstream;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/** What the node is configured with, visible to every feature module. */
@Module({})
class TrainingNodeOptionsModule {}

/** The training subgraph of one member organization: its course catalogue (研修一覧), completions and skill map. */
@Module({})
export class TrainingAppModule {
  static forRoot(options: TrainingAppOptions): DynamicModule {
    const providers = [{ provide: PARTNER_COURSES, useValue: options.upstream.partnerCourses }];
    return {
      module: TrainingAppModule,
      imports: [
        ...securedSubgraphModules(
          { service: 'training', orgId: options.orgId, hostedOrgIds: options.hostedOrgIds, operatedBy: options.operatedBy },
          options.auth,
        ),
        TypeOrmModule.forRoot({
          ...trainingDataSourceOptions(options.databaseUrl),
          manualInitialization: options.connectToDatabase === false,
        }),
        { module: TrainingNodeOptionsModule, global: true, providers, exports: providers.map((p) => p.provide) },
        CoursesModule,
        EnrollmentsModule,
        SkillMapModule,
      ],
    };
  }
}
