import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate, IsOrgId, IsUuid, OrgArgs } from '@kyodo/subgraph';

/** The booking a director considers: which task, over which days, for how many minutes. */
@ArgsType()
export class TaskCandidatesArgs extends OrgArgs {
  @Field({ description: "The task's org; another member's task only within an approved claim of this org (claimId)." })
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUuid()
  claimId?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  periodFrom!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsCalendarDate()
  periodTo!: string;

  @Field(() => Int, { description: 'Minutes a worker would be booked for over the period.' })
  @IsInt()
  @Min(1)
  @Max(144_000)
  minutes!: number;
}
