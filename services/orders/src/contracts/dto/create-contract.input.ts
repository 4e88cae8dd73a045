import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDateString, IsEnum, IsUUID } from 'class-validator';
import { ContractType } from '../contract-type.enum';

@InputType()
export class CreateContractInput {
  @Field()
  @IsUUID()
  clientId!: string;

  @Field(() => ContractType)
  @IsEnum(ContractType)
  type!: ContractType;

  @Field({ defaultValue: false })
  @IsBoolean()
  ndaSigned: boolean = false;

  @Field()
  @IsDateString({ strict: true })
  startsOn!: string;

  @Field()
  @IsDateString({ strict: true })
  endsOn!: string;
}
