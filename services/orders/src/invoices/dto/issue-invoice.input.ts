import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional } from 'class-validator';
import { IsCalendarDate, IsUuid } from '@kyodo/subgraph';

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

  @Field({
    nullable: true,
    description: '支払期限 (Asia/Tokyo date, not before the issue date); the end of the following month (翌月末) when left out.',
  })
  @IsOptional()
  @IsCalendarDate()
  paymentDueOn?: string;
}
