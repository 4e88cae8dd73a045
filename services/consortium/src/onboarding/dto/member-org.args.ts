import { ArgsType, Field } from '@nestjs/graphql';
import { IsOrgId } from '@kyodo/subgraph';

/** The onboarded member an operation is about. */
@ArgsType()
export class MemberOrgArgs {
  @Field()
  @IsOrgId()
  orgId!: string;
}
