import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

/** `orgId` names the owner of the offer: the claim is recorded at its node. */
@ArgsType()
export class ClaimPoolOfferArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  offerId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  hours!: number;
}
