import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TimeEntriesResolver } from './time-entries.resolver';
import { TimeEntriesService } from './time-entries.service';
import { TimeEntryEntity } from './time-entry.entity';

@Module({
  imports: [TypeOrmModule.forFeature([TimeEntryEntity])],
  providers: [TimeEntriesService, TimeEntriesResolver],
})
export class TimeEntriesModule {}
