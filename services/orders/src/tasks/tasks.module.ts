import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrderTasksResolver } from './order-tasks.resolver';
import { TaskBriefsResolver } from './task-briefs.resolver';
import { TaskEntity } from './task.entity';
import { TaskReviewService } from './task-review.service';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [TypeOrmModule.forFeature([TaskEntity])],
  providers: [TasksService, TaskReviewService, TasksResolver, OrderTasksResolver, TaskBriefsResolver],
  exports: [TasksService],
})
export class TasksModule {}
