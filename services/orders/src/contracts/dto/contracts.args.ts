import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class ContractsArgs extends OrgArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUuid()
  clientId?: string;
}
