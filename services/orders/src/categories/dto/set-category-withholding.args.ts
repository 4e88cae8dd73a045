import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, Matches } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { CATEGORY_CODE } from './create-business-category.input';

@ArgsType()
export class SetCategoryWithholdingArgs extends OrgArgs {
  @Field({ description: 'The category code, e.g. DESIGN.' })
  @Matches(CATEGORY_CODE, { message: 'code must be a category code like DATA_ENTRY' })
  code!: string;

  @Field({ description: 'Whether pay for work of the category is subject to withholding tax (源泉徴収).' })
  @IsBoolean()
  withholding!: boolean;
}
