import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class AcceptDeliveryArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: "The client's remarks at acceptance (検収メモ)." })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
