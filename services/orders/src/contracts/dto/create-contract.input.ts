import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { ContractType } from '../contract-type.enum';
import { IsUuid, IsCalendarDate } from '@kyodo/subgraph';

@InputType()
export class CreateContractInput {
  @Field()
  @IsUuid()
  clientId!: string;

  @Field(() => ContractType)
  @IsEnum(ContractType)
  type!: ContractType;

  @Field({ defaultValue: false })
  @IsBoolean()
  ndaSigned: boolean = false;

  @Field()
  @IsCalendarDate()
  startsOn!: string;

  @Field()
  @IsCalendarDate()
  endsOn!: string;
}
