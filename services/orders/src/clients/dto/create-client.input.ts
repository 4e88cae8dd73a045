import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ClientSector } from '../client-sector.enum';
import { IsSingleLineText, IsEmailAddress } from '@kyodo/subgraph';

@InputType()
export class CreateClientInput {
  @Field()
  @IsSingleLineText(200)
  name!: string;

  @Field(() => ClientSector)
  @IsEnum(ClientSector)
  sector!: ClientSector;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(200)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmailAddress()
  contactEmail?: string;
}
