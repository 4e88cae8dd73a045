import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, ValidateIf } from 'class-validator';
import { ClientSector } from '../client-sector.enum';
import { IsSingleLineText, IsEmailAddress } from '@kyodo/subgraph';

/** What an edit changes: a field left out stays as it is; a contact set to null is cleared. */
@InputType()
export class UpdateClientInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  name?: string;

  @Field(() => ClientSector, { nullable: true })
  @IsOptional()
  @IsEnum(ClientSector)
  sector?: ClientSector;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsSingleLineText(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsEmailAddress()
  contactEmail?: string | null;
}
