import { Module } from '@nestjs/common';
import { KpisModule } from '../kpis/kpis.module';
import { KpiSheetsResolver } from './kpi-sheets.resolver';
import { KpiSheetsService } from './kpi-sheets.service';

@Module({ imports: [KpisModule], providers: [KpiSheetsService, KpiSheetsResolver], exports: [KpiSheetsService] })
export class KpiSheetsModule {}
