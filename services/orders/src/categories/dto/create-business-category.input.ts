import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, Matches } from 'class-validator';
import { ClientSector } from '../../clients/client-sector.enum';
import { IsSingleLineText } from '@kyodo/subgraph';

export const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

@InputType()
export class CreateBusinessCategoryInput {
  @Field()
  @Matches(CATEGORY_CODE, { message: 'code must be a category code like DATA_ENTRY' })
  code!: string;

  @Field(() => ClientSector)
  @IsEnum(ClientSector)
  sector!: ClientSector;

  @Field()
  @IsSingleLineText(100)
  nameJa!: string;

  @Field()
  @IsSingleLineText(100)
  nameEn!: string;
}
