import { Field, Int, ObjectType } from '@nestjs/graphql';
import { YenScalar } from '@kyodo/subgraph';

/** Consortium work (共同受注) this org's workers did for one other member: hours and pay, no person named. */
@ObjectType('SharedWorkShare')
export class SharedWorkShare {
  @Field({ description: 'The member whose task it was.' })
  taskOrgId!: string;

  @Field(() => Int, { description: 'Approved minutes worked on days of the fiscal year.' })
  approvedMinutes!: number;

  @Field(() => YenScalar, { description: 'Gross pay for it in the closed pay months of the fiscal year, yen.' })
  payYen!: bigint;
}

/**
 * One org's workforce in one fiscal year, as counts and sums only. Pay counts in the fiscal
 * year of the pay month it was closed for (the month the work was done), from the closed pay
 * statements: what was actually paid, never an estimate.
 */
@ObjectType('OrgWorkforceAggregates')
export class OrgWorkforceAggregates {
  @Field()
  orgId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { description: 'Workers on the register by the end of the fiscal year, whatever their status now.' })
  registeredWorkers!: number;

  @Field(() => Int, { description: 'Workers who registered during the fiscal year, by registration date (Asia/Tokyo).' })
  registrationsInYear!: number;

  @Field(() => Int, {
    description:
      'Staff who held the director role during the fiscal year: directors of the org the node saw act with that role on a day of the year (staff_role_years).',
  })
  directors!: number;

  @Field(() => Int, { description: 'Workers paid anything in the fiscal year (稼働者).' })
  activeWorkers!: number;

  @Field(() => Int, { description: 'Workers whose gross pay over the fiscal year was at least ¥10,000.' })
  workersEarningAtLeast10000!: number;

  @Field(() => YenScalar, { description: 'Gross pay of all workers over the fiscal year, yen.' })
  totalPayYen!: bigint;

  @Field(() => [SharedWorkShare], { description: "Work on other members' tasks, by the task's org (ordered by org id)." })
  sharedWork!: SharedWorkShare[];
}
