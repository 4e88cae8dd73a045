import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { WholeNumberScalar, YenScalar } from '@kyodo/subgraph';
import { MemberGatherFailure } from '../snapshots/reporting-snapshot.model';
import { Kpi } from './kpi.enum';

/** Order value and count of one slice. Named apart from the orders subgraph's types: reporting owns its own. */
@ObjectType('KpiOrderSlice')
export class KpiOrderSlice {
  @Field(() => Int)
  orderCount!: number;

  @Field(() => YenScalar, { description: 'Yen.' })
  valueYen!: bigint;
}

@ObjectType('KpiClientValue')
export class KpiClientValue extends KpiOrderSlice {
  @Field()
  orgId!: string;

  @Field()
  clientId!: string;

  @Field()
  clientName!: string;

  @Field({ description: 'PUBLIC or PRIVATE.' })
  sector!: string;

  @Field(() => Float, { nullable: true, description: 'Share of the order value, percent with one decimal.' })
  sharePercent!: number | null;
}

@ObjectType('KpiCategoryValue')
export class KpiCategoryValue extends KpiOrderSlice {
  @Field({ description: 'Business category code (業務分類).' })
  category!: string;
}

/** Consortium work between two members: whose workers did it for whose task. */
@ObjectType('KpiSharedWork')
export class KpiSharedWork {
  @Field({ description: "The workers' home org." })
  homeOrgId!: string;

  @Field({ description: 'The org whose task it was.' })
  taskOrgId!: string;

  @Field(() => Int)
  approvedMinutes!: number;

  @Field(() => YenScalar, { description: 'Yen.' })
  payYen!: bigint;
}

/** The figures of a fiscal year, for one org or summed over the consortium. */
@ObjectType('KpiTotals')
export class KpiTotals {
  @Field(() => KpiOrderSlice, { description: 'All orders accepted (検収) in the fiscal year.' })
  orders!: KpiOrderSlice;

  @Field(() => KpiOrderSlice)
  publicSector!: KpiOrderSlice;

  @Field(() => KpiOrderSlice)
  privateSector!: KpiOrderSlice;

  @Field(() => KpiOrderSlice)
  routine!: KpiOrderSlice;

  @Field(() => KpiOrderSlice)
  nonRoutine!: KpiOrderSlice;

  @Field(() => Int, { description: 'Workers paid at least ¥10,000 gross over the year.' })
  workersEarningAtLeast10000!: number;

  @Field(() => Int)
  registeredWorkers!: number;

  @Field(() => Int, { description: 'Workers paid anything in the year.' })
  activeWorkers!: number;

  @Field(() => YenScalar, { description: 'Total worker pay / active workers, yen rounded half up.' })
  averagePayPerActiveWorkerYen!: bigint;

  @Field(() => YenScalar)
  totalWorkerPayYen!: bigint;

  @Field(() => YenScalar, { description: 'Entered at the hub (operatingCosts); 0 when none was entered.' })
  operatingCostsYen!: bigint;

  @Field(() => YenScalar, { description: 'Order value − worker pay − operating costs, yen.' })
  netResultYen!: bigint;

  @Field(() => Float, { nullable: true, description: "The largest client's share of the order value, percent with one decimal (依存度)." })
  largestClientSharePercent!: number | null;

  @Field(() => Int, { description: 'Clients on the books by the end of the year (cumulative, 取引先数).' })
  clientCount!: number;

  @Field(() => Int, { description: 'Sales visits (営業活動) logged for days of the year.' })
  salesVisits!: number;

  @Field(() => Int, { description: 'Workers who registered during the year.' })
  workerRegistrations!: number;

  @Field(() => Int, {
    description:
      'Staff who held the director role during the year: directors the workers node saw act with that role on a day of the year (staff-role history kept by the node); 0 in snapshots taken before nodes sent it.',
  })
  directors!: number;

  @Field(() => Int, {
    description:
      'Municipalities newly adopting the model (新規導入自治体) in the year among these orgs: members of kind MUNICIPALITY onboarded in the registry during the year (Tokyo days).',
  })
  newMunicipalities!: number;

  @Field(() => YenScalar, {
    description: 'Settled income from shared work: what other members owed these orgs for work their workers did, yen.',
  })
  sharedWorkIncomeYen!: bigint;

  @Field(() => YenScalar, { description: 'Settled cost of shared work: what these orgs owed other members, yen.' })
  sharedWorkCostYen!: bigint;

  @Field(() => Int, { description: 'Invoices issued in the year (請求件数), imported history included.' })
  invoiceCount!: number;

  @Field(() => YenScalar, {
    description: '売上 (請求額): invoiced in the year by issue date, tax included, less credit notes; imported invoices included, yen.',
  })
  invoicedYen!: bigint;

  @Field(() => YenScalar, { description: '入金額: payments received in the year, imported ones included, yen.' })
  paymentsReceivedYen!: bigint;

  @Field(() => Int, { description: "Approved minutes of work on another member's task." })
  sharedWorkMinutes!: number;

  @Field(() => YenScalar, { description: "Pay for work on another member's task, yen." })
  sharedWorkPayYen!: bigint;
}

/** 前年度比: a KPI this year against the year before. */
@ObjectType('KpiChange')
export class KpiChange {
  @Field(() => Kpi)
  kpi!: Kpi;

  @Field(() => WholeNumberScalar, { description: "In the KPI's unit: yen, people or minutes." })
  current!: bigint;

  @Field(() => WholeNumberScalar, { nullable: true, description: 'null when the year before has no snapshot.' })
  previous!: bigint | null;

  @Field(() => Float, {
    nullable: true,
    description: '(current − previous) / |previous| in percent with one decimal; null without a previous value or when it is 0.',
  })
  changePercent!: number | null;
}

/** 共同受注の精算: settled amounts with one counterpart member over the year, both directions. */
@ObjectType('KpiSettlement')
export class KpiSettlement {
  @Field()
  counterpartOrgId!: string;

  @Field(() => YenScalar, { description: "What the counterpart owed this org (its workers did the counterpart's work), yen." })
  incomeYen!: bigint;

  @Field(() => YenScalar, { description: 'What this org owed the counterpart, yen.' })
  costYen!: bigint;
}

@ObjectType('OrgKpis')
export class OrgKpis {
  @Field()
  orgId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field({ description: 'YYYY-MM of the snapshot the figures come from (this month for current figures).' })
  takenMonth!: string;

  @Field({ description: 'true: gathered from the nodes just now (current: true), not read from a stored snapshot.' })
  current!: boolean;

  @Field(() => KpiTotals)
  totals!: KpiTotals;

  @Field(() => [KpiClientValue], { description: 'Largest first.' })
  byClient!: KpiClientValue[];

  @Field(() => [KpiCategoryValue], { description: 'By category code.' })
  byCategory!: KpiCategoryValue[];

  @Field(() => [KpiSharedWork], { description: "This org's workers' work on other members' tasks, by task org." })
  sharedWork!: KpiSharedWork[];

  @Field(() => [KpiSettlement], { description: 'Settled income and cost of shared work by counterpart member, by org id.' })
  settlements!: KpiSettlement[];

  @Field(() => [KpiChange])
  yearOverYear!: KpiChange[];
}

/** How consortium work and its pay fell to each member's workers (home org). */
@ObjectType('KpiSharedWorkByHomeOrg')
export class KpiSharedWorkByHomeOrg {
  @Field()
  homeOrgId!: string;

  @Field(() => Int)
  approvedMinutes!: number;

  @Field(() => YenScalar)
  payYen!: bigint;

  @Field(() => Float, { nullable: true, description: 'Share of all consortium-work pay, percent with one decimal.' })
  paySharePercent!: number | null;
}

@ObjectType('ConsortiumKpis')
export class ConsortiumKpis {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { description: 'Members with figures for the year (a stored snapshot).' })
  memberCount!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Active member municipalities in the consortium registry when the year's latest snapshot was taken; null before any.",
  })
  municipalityCount!: number | null;

  @Field(() => [MemberGatherFailure], {
    description:
      "Members whose figures failed to gather at the year's latest snapshot: what is shown of them is from an earlier one, if any.",
  })
  failedMembers!: MemberGatherFailure[];

  @Field(() => KpiTotals)
  totals!: KpiTotals;

  @Field(() => [KpiCategoryValue])
  byCategory!: KpiCategoryValue[];

  @Field(() => [KpiSharedWorkByHomeOrg], { description: 'By home org id.' })
  sharedWorkByHomeOrg!: KpiSharedWorkByHomeOrg[];

  @Field(() => [KpiSharedWork], { description: 'Every pair of home org and task org, by home org then task org.' })
  sharedWork!: KpiSharedWork[];

  @Field(() => [KpiChange])
  yearOverYear!: KpiChange[];
}

@ObjectType('FiscalYearReport')
export class FiscalYearReport {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [OrgKpis], { description: 'The orgs the caller may see that have a snapshot for the year, by org id.' })
  orgs!: OrgKpis[];

  @Field(() => ConsortiumKpis, { nullable: true, description: 'Consortium totals: for the support body only.' })
  consortium!: ConsortiumKpis | null;
}
