import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A member whose figures could not be gathered, and the code of the error its node gave. */
@ObjectType('MemberGatherFailure')
export class MemberGatherFailure {
  @Field()
  orgId!: string;

  @Field({ description: 'NODE_UNAVAILABLE (down or timed out) or the code the node failed the field with, e.g. INTERNAL_SERVER_ERROR.' })
  code!: string;
}

/** What one gathering stored: the orgs whose figures were taken, and those whose nodes were down. */
@ObjectType('ReportingSnapshot')
export class ReportingSnapshot {
  @Field(() => Int)
  fiscalYear!: number;

  @Field({ description: 'YYYY-MM (Asia/Tokyo) of the monthly snapshot written; a later gathering in the same month replaces it.' })
  takenMonth!: string;

  @Field(() => [String], { description: 'Members whose orders and workers nodes both answered: their figures were stored.' })
  orgIds!: string[];

  @Field(() => [String], {
    description: 'Members whose figures failed to gather (a node down or failing): nothing of theirs was written, earlier snapshots stand.',
  })
  unavailableOrgIds!: string[];

  @Field(() => [MemberGatherFailure], { description: 'The same members, each with why: the code of its first error.' })
  failedMembers!: MemberGatherFailure[];
}
