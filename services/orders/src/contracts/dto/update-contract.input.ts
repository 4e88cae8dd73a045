import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { ContractType } from '../contract-type.enum';
import { IsCalendarDate } from '@kyodo/subgraph';

/** What an edit changes; a field left out stays as it is. The client never changes: a new client takes a new contract. */
@InputType()
export class UpdateContractInput {
  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  @IsEnum(ContractType)
  type?: ContractType;

  @Field({ nullable: true, description: 'Whether the client and the org signed a non-disclosure agreement (秘密保持契約).' })
  @IsOptional()
  @IsBoolean()
  ndaSigned?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;
}
