import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

@InputType()
export class IssueInvoiceInput {
  @Field()
  @IsUUID()
  clientId!: string;

  @Field(() => [String], { description: 'Accepted (検収) orders of the client, one line each; they become INVOICED.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  orderIds!: string[];
}
