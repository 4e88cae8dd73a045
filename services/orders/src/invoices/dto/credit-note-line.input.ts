import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IsUuid } from '@kyodo/subgraph';

/** How much of one line of the credited invoice a credit note takes back, before tax. */
@InputType()
export class CreditNoteLineInput {
  @Field(() => ID, { description: 'A line of the credited invoice.' })
  @IsUuid()
  lineId!: string;

  @Field(() => Int, { description: 'Yen before tax; at most what earlier credit notes left of the line.' })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  amountYen!: number;
}
