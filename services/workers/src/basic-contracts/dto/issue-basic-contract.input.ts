import { Field, ID, InputType } from '@nestjs/graphql';
import { IsMultiLineText, IsSingleLineText, IsUuid } from '@kyodo/subgraph';

@InputType()
export class IssueBasicContractInput {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;

  @Field({ description: 'e.g. 業務委託基本契約書.' })
  @IsSingleLineText(200)
  title!: string;

  @Field({ description: 'The full contract text.' })
  @IsMultiLineText(50_000)
  body!: string;
}
