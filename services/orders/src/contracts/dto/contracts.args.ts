import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class ContractsArgs extends OrgArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}
