import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUuid, YenScalar } from '@kyodo/subgraph';
import { IsYenAmount } from '../../money/yen-amount.validator';

/** How much of one line of the credited invoice a credit note takes back, before tax. */
@InputType()
export class CreditNoteLineInput {
  @Field(() => ID, { description: 'A line of the credited invoice.' })
  @IsUuid()
  lineId!: string;

  @Field(() => YenScalar, { description: 'Yen before tax; at most what earlier credit notes left of the line.' })
  @IsYenAmount(1n)
  amountYen!: bigint;
}
