import { Module } from '@nestjs/common';
import { HistoryImportResolver } from './history-import.resolver';
import { HistoryImportService } from './history-import.service';

@Module({ providers: [HistoryImportService, HistoryImportResolver] })
export class HistoryImportModule {}
