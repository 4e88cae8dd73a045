import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What one gathering stored: the orgs whose figures were taken, and those whose nodes were down. */
@ObjectType('ReportingSnapshot')
export class ReportingSnapshot {
  @Field(() => Int)
  fiscalYear!: number;

  @Field({ description: 'YYYY-MM (Asia/Tokyo) of the monthly snapshot written; a later gathering in the same month replaces it.' })
  takenMonth!: string;

  @Field(() => [String], { description: 'Members whose orders and workers nodes both answered: their figures were stored.' })
  orgIds!: string[];

  @Field(() => [String], { description: 'Members a node of which was unavailable: nothing of theirs was written, earlier snapshots stand.' })
  unavailableOrgIds!: string[];
}
