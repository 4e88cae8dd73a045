import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class WorkerEnrollmentsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  workerId!: string;
}
