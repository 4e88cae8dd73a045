import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessCategoriesModule } from '../categories/business-categories.module';
import { OrderTasksResolver } from './order-tasks.resolver';
import { TaskBriefsResolver } from './task-briefs.resolver';
import { TaskEntity } from './task.entity';
import { TaskRequirementsResolver } from './task-requirements.resolver';
import { TaskRequirementsService } from './task-requirements.service';
import { TaskReviewService } from './task-review.service';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity]), BusinessCategoriesModule],
  providers: [
    TasksService,
    TaskReviewService,
    TasksResolver,
    OrderTasksResolver,
    TaskRequirementsService,
    TaskRequirementsResolver,
    TaskBriefsResolver,
  ],
  exports: [TasksService],
})
export class TasksModule {}
