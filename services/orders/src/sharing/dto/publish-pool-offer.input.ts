import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsUuid, IsSingleLineText, IsCalendarDate, IsYenBetween, YenScalar } from '@kyodo/subgraph';

/**
 * Hours of a task offered to the consortium. Stage, skills and trainings are the order's (a
 * partner's worker must meet what the owner's would); the owner chooses the rate, an earlier
 * deadline if it wants one, and what partners see of the client.
 */
@InputType()
export class PublishPoolOfferInput {
  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field(() => Int, { description: 'Hours of the task to offer; all offers of a task stay within its hours.' })
  @IsInt()
  @Min(1)
  @Max(100_000)
  hours!: number;

  @Field(() => YenScalar, { description: 'What the owner pays the partner per approved hour, in yen (1 to 100,000).' })
  @IsYenBetween(1n, 100_000n)
  rateYen!: bigint;

  @Field({ nullable: true, description: "YYYY-MM-DD; defaults to the order's deadline and may not be later." })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;

  @Field({ nullable: true, description: 'What partners see of the client (e.g. "長野県内の自治体"); nothing when left out.' })
  @IsOptional()
  @IsSingleLineText(200)
  clientLabel?: string;
}
