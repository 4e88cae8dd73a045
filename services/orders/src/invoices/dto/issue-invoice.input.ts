import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray } from 'class-validator';
import { IsUuid } from '@kyodo/subgraph';

@InputType()
export class IssueInvoiceInput {
  @Field()
  @IsUuid()
  clientId!: string;

  @Field(() => [String], { description: 'Accepted (検収) orders of the client, one line each; they become INVOICED.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUuid({ each: true })
  orderIds!: string[];
}
