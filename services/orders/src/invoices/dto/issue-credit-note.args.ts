import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, ValidateNested } from 'class-validator';
import { OrgArgs, IsUuid, IsMultiLineText } from '@kyodo/subgraph';
import { CreditNoteLineInput } from './credit-note-line.input';

@ArgsType()
export class IssueCreditNoteArgs extends OrgArgs {
  @Field(() => ID, { description: 'The invoice to correct.' })
  @IsUuid()
  invoiceId!: string;

  @Field()
  @IsMultiLineText(1000)
  reason!: string;

  @Field(() => [CreditNoteLineInput], {
    nullable: true,
    description: 'The lines and amounts to take back; without it, all that is left of every line.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique((line: CreditNoteLineInput) => line.lineId, { message: 'lines must name each invoice line once' })
  @ValidateNested({ each: true })
  @Type(() => CreditNoteLineInput)
  lines?: CreditNoteLineInput[];
}
