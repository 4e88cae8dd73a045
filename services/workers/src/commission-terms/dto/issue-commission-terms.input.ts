import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsMultiLineText, IsSingleLineText, IsUuid } from '@kyodo/subgraph';

@InputType()
export class IssueCommissionTermsInput {
  @Field(() => ID)
  @IsUuid()
  assignmentId!: string;

  @Field({ description: '業務の内容: what is to be done, plainly enough to tell when it is done.' })
  @IsMultiLineText(2000)
  workDescription!: string;

  @Field({ description: '給付を受領する場所, e.g. 「Kyodo上での作業実績の登録（電子納品）」.' })
  @IsSingleLineText(200)
  deliveryPlace!: string;

  @Field({ nullable: true, description: '給付を受領する期日, YYYY-MM-DD; the assignment’s last day when left out.' })
  @IsOptional()
  @IsCalendarDate()
  deliveryDate?: string;
}
