import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Length, Matches } from 'class-validator';
import { ClientSector } from '../../clients/client-sector.enum';

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
  @IsString()
  @Length(1, 100)
  nameJa!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  nameEn!: string;
}
