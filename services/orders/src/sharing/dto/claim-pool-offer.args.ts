import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

/** `orgId` names the owner of the offer: the claim is recorded at its node. */
@ArgsType()
export class ClaimPoolOfferArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  offerId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100_000)
  hours!: number;
}
