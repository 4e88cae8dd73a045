import { Field, InputType } from '@nestjs/graphql';
import { IsMultiLineText, IsSingleLineText } from '@kyodo/subgraph';

@InputType()
export class SaveBasicContractTemplateInput {
  @Field({ description: 'e.g. 業務委託基本契約書 (1 to 200 characters, one line).' })
  @IsSingleLineText(200)
  title!: string;

  @Field({ description: 'The contract text (1 to 50,000 characters).' })
  @IsMultiLineText(50_000)
  body!: string;
}
