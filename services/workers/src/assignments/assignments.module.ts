import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnerSharingModule } from '../sharing/sharing.module';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [TypeOrmModule.forFeature([AssignmentEntity]), PartnerSharingModule],
  providers: [AssignmentsService, AssignmentsResolver],
  // Every booking takes AssignmentsService.bookWorkerOnTask (an accepted offer too).
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
