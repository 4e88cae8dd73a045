import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

/** The worker whose pay account the org admin enters (from the worker's signed form). */
@ArgsType()
export class WorkerBankAccountArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;
}
