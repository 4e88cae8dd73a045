import { Module } from '@nestjs/common';
import { KpiSheetsModule } from '../kpi-sheets/kpi-sheets.module';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({ imports: [KpiSheetsModule], providers: [ProjectsService, ProjectsResolver] })
export class ProjectsModule {}
