import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { IsCalendarDate, IsMultiLineText, IsSingleLineText } from '@kyodo/subgraph';
import { SalesOutcome } from '../sales-outcome.enum';

@InputType()
export class RecordSalesActivityInput {
  @Field({ description: 'YYYY-MM-DD, not after today (Asia/Tokyo).' })
  @IsCalendarDate()
  visitedOn!: string;

  @Field()
  @IsSingleLineText(200)
  prospect!: string;

  @Field(() => SalesOutcome)
  @IsEnum(SalesOutcome)
  outcome!: SalesOutcome;

  @Field({ description: 'Who made the visit (a member of staff).' })
  @IsSingleLineText(100)
  staffName!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsMultiLineText(1000)
  note?: string;
}
