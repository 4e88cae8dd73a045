import { ObjectType } from '@nestjs/graphql';
import { PageOf } from '@kyodo/subgraph';
import { WorkerEntity } from './worker.entity';

@ObjectType('WorkerPage')
export class WorkerPage extends PageOf(WorkerEntity) {}
