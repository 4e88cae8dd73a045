import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsUuid, IsSingleLineText, IsMultiLineText, IsCalendarDate } from '@kyodo/subgraph';

@InputType()
export class LogTimeInput {
  @Field(() => ID)
  @IsUuid()
  assignmentId!: string;

  @Field({ description: 'The day worked, YYYY-MM-DD, within the assignment period and not after today (Asia/Tokyo).' })
  @IsCalendarDate()
  workDate!: string;

  @Field(() => Int, { description: 'Minutes worked that day (1 to 1440).' })
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Pieces delivered that day (1 to 1,000,000): required when the assignment pays per piece, left out otherwise.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(1000, { min: 0 })
  note?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The returned (差戻し) entry of the same assignment and day that this one corrects. When that month's pay is already closed, the correction is paid in the next open month as an adjustment naming the month worked.",
  })
  @IsOptional()
  @IsUuid()
  correctsEntryId?: string;

  @Field({ description: 'Chosen by the client per submission (a UUID, say): a retry with the same key returns the first entry.' })
  @IsSingleLineText(128, { min: 8 })
  idempotencyKey!: string;
}
