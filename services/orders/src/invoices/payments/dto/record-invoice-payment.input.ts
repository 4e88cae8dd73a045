import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsSingleLineText, IsUuid, YenScalar } from '@kyodo/subgraph';
import { IsYenAmount } from '../../../money/yen-amount.validator';

@InputType()
export class RecordInvoicePaymentInput {
  @Field(() => ID)
  @IsUuid()
  invoiceId!: string;

  @Field({ description: 'The day the money arrived (Asia/Tokyo date); not after today.' })
  @IsCalendarDate()
  receivedOn!: string;

  @Field(() => YenScalar, { description: 'Whole yen received; at most what is still open on the invoice.' })
  @IsYenAmount(1n)
  amountYen!: bigint;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(500)
  note?: string;
}
