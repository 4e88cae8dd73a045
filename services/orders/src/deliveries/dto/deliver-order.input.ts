import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsUuid, IsMultiLineText } from '@kyodo/subgraph';

@InputType()
export class DeliverOrderInput {
  @Field()
  @IsUuid()
  orderId!: string;

  @Field({ nullable: true, description: 'What is handed over, e.g. file names or media.' })
  @IsOptional()
  @IsMultiLineText(1000)
  note?: string;
}
