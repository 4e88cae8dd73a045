import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class IssueCreditNoteArgs extends OrgArgs {
  @Field(() => ID, { description: 'The invoice to reverse.' })
  @IsUUID()
  invoiceId!: string;

  @Field()
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
