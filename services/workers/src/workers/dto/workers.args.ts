import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { OrgPageArgs } from '@kyodo/subgraph';
import { WorkerStatus } from '../worker-status.enum';

@ArgsType()
export class WorkersArgs extends OrgPageArgs {
  @Field(() => WorkerStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WorkerStatus)
  status?: WorkerStatus;
}
