import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { WorkerArgs } from './worker.args';
import { UpdateWorkerInput } from './update-worker.input';

@ArgsType()
export class UpdateWorkerArgs extends WorkerArgs {
  @Field(() => UpdateWorkerInput)
  @ValidateNested()
  @Type(() => UpdateWorkerInput)
  input!: UpdateWorkerInput;
}
