import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { WorkerStatus } from '../worker-status.enum';
import { WorkerArgs } from './worker.args';

@ArgsType()
export class SetWorkerStatusArgs extends WorkerArgs {
  @Field(() => WorkerStatus)
  @IsEnum(WorkerStatus)
  status!: WorkerStatus;
}
