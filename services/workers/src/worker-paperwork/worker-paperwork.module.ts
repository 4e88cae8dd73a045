import { Module } from '@nestjs/common';
import { WorkerPaperworkResolver } from './worker-paperwork.resolver';
import { WorkerPaperworkService } from './worker-paperwork.service';

@Module({ providers: [WorkerPaperworkService, WorkerPaperworkResolver] })
export class WorkerPaperworkModule {}
