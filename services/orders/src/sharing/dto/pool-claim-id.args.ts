import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class PoolClaimIdArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
