import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

/** `orgId` names the owner whose node keeps the claims. */
@ArgsType()
export class PoolClaimsArgs extends OrgArgs {
  @Field(() => [ID], { nullable: true, description: 'Only these claims; all the caller may see when left out.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUuid({ each: true })
  ids?: string[];
}
