import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class DeliverOrderInput {
  @Field()
  @IsUUID()
  orderId!: string;

  @Field({ nullable: true, description: 'What is handed over, e.g. file names or media.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}
