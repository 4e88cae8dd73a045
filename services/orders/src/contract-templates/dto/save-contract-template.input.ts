import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { IsMultiLineText, IsSingleLineText } from '@kyodo/subgraph';
import { ContractTemplateKind } from '../contract-template-kind.enum';

@InputType()
export class SaveContractTemplateInput {
  @Field(() => ContractTemplateKind)
  @IsEnum(ContractTemplateKind)
  kind!: ContractTemplateKind;

  @Field({ description: 'e.g. 業務委託契約書 (1 to 200 characters, one line).' })
  @IsSingleLineText(200)
  title!: string;

  @Field({ description: 'The contract text (1 to 50,000 characters).' })
  @IsMultiLineText(50_000)
  body!: string;
}
