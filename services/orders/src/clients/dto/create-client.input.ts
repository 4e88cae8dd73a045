import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { ClientSector } from '../client-sector.enum';

@InputType()
export class CreateClientInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field(() => ClientSector)
  @IsEnum(ClientSector)
  sector!: ClientSector;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  contactName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;
}
