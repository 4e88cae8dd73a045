import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { WorkNoticesModule } from '../notices/work-notices';
import { InstructionsResolver } from './instructions.resolver';
import { InstructionsService } from './instructions.service';
import { QaService } from './qa.service';
import { TaskAccessService } from './task-access.service';

@Module({
  imports: [FilesModule, WorkNoticesModule],
  providers: [TaskAccessService, InstructionsService, QaService, InstructionsResolver],
  exports: [TaskAccessService],
})
export class InstructionsModule {}
