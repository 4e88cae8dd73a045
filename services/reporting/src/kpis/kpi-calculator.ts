import { OrderValueSlice, OrgOrderAggregates, OrgWorkforceAggregates, OrgYearSnapshot } from '../snapshots/node-aggregates';
import { MemberFailure } from '../snapshots/aggregates-source';
import { Kpi } from './kpi.enum';
import {
  ConsortiumKpis,
  KpiCategoryValue,
  KpiChange,
  KpiClientValue,
  KpiSettlement,
  KpiSharedWork,
  KpiSharedWorkByHomeOrg,
  KpiTotals,
  OrgKpis,
} from './kpi.model';
import { averageYen, percentOneDecimal } from './percent';

/**
 * KPIs from stored snapshots: pure functions, so the figures are tested by hand-computed values
 * without a database. One org and the whole consortium go through the same sums.
 */

const sumSlices = (slices: OrderValueSlice[]): OrderValueSlice => ({
  orderCount: slices.reduce((n, s) => n + s.orderCount, 0),
  valueYen: slices.reduce((n, s) => n + s.valueYen, 0n),
});
const sum = <T>(items: readonly T[], of: (item: T) => number): number => items.reduce((n, item) => n + of(item), 0);
/** Money is summed as bigint: exact past 2^53. */
const sumYen = <T>(items: readonly T[], of: (item: T) => bigint): bigint => items.reduce((n, item) => n + of(item), 0n);
/** Largest first, for bigints (a comparator must return a number). */
const byLargest = (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? 1 : -1);

/** Clients of all the orgs given, largest first (ties by org then client id), with their shares. */
function clientsOf(orders: readonly OrgOrderAggregates[]): KpiClientValue[] {
  const total = sumYen(orders, (o) => o.total.valueYen);
  return orders
    .flatMap((o) => o.byClient.map((c) => ({ orgId: o.orgId, ...c, sharePercent: percentOneDecimal(c.valueYen, total) })))
    .sort((a, b) => byLargest(a.valueYen, b.valueYen) || a.orgId.localeCompare(b.orgId) || a.clientId.localeCompare(b.clientId));
}

function categoriesOf(orders: readonly OrgOrderAggregates[]): KpiCategoryValue[] {
  const byCode = new Map<string, KpiCategoryValue>();
  for (const c of orders.flatMap((o) => o.byCategory)) {
    const entry = byCode.get(c.category) ?? { category: c.category, orderCount: 0, valueYen: 0n };
    entry.orderCount += c.orderCount;
    entry.valueYen += c.valueYen;
    byCode.set(c.category, entry);
  }
  return [...byCode.values()].sort((a, b) => a.category.localeCompare(b.category));
}

function sharedWorkOf(workforce: readonly OrgWorkforceAggregates[]): KpiSharedWork[] {
  return workforce
    .flatMap((w) => w.sharedWork.map((s) => ({ homeOrgId: w.orgId, ...s })))
    .sort((a, b) => a.homeOrgId.localeCompare(b.homeOrgId) || a.taskOrgId.localeCompare(b.taskOrgId));
}

/**
 * Settled shared work of the orgs in `snapshots` by counterpart: their costs are in their own
 * snapshots, their income in the counterparts' (`yearSnapshots`: every member's of the year).
 * Pairs inside the set cancel out of nothing: each org keeps both sides.
 */
export function settlementsOf(
  snapshots: readonly OrgYearSnapshot[],
  yearSnapshots: readonly OrgYearSnapshot[],
): Map<string, KpiSettlement[]> {
  const result = new Map<string, KpiSettlement[]>();
  for (const s of snapshots) {
    const byCounterpart = new Map<string, KpiSettlement>();
    const entry = (orgId: string): KpiSettlement => {
      let found = byCounterpart.get(orgId);
      if (!found) byCounterpart.set(orgId, (found = { counterpartOrgId: orgId, incomeYen: 0n, costYen: 0n }));
      return found;
    };
    for (const owed of s.orders.settledSharedWork) entry(owed.partnerOrgId).costYen += owed.settledYen;
    for (const other of yearSnapshots) {
      if (other.orgId === s.orgId) continue;
      for (const owed of other.orders.settledSharedWork) if (owed.partnerOrgId === s.orgId) entry(other.orgId).incomeYen += owed.settledYen;
    }
    result.set(
      s.orgId,
      [...byCounterpart.values()].sort((a, b) => a.counterpartOrgId.localeCompare(b.counterpartOrgId)),
    );
  }
  return result;
}

/**
 * The totals over any set of orgs' snapshots and their operating costs; `yearSnapshots` (all
 * members' of the year) give their shared-work income; `newMunicipalityIds` (the year's, from the
 * registry) count for the orgs of the set.
 */
export function totalsOf(
  snapshots: readonly OrgYearSnapshot[],
  operatingCostsYen: bigint,
  yearSnapshots: readonly OrgYearSnapshot[] = snapshots,
  newMunicipalityIds: readonly string[] = [],
): KpiTotals {
  const settlements = [...settlementsOf(snapshots, yearSnapshots).values()].flat();
  const orders = snapshots.map((s) => s.orders);
  const workforce = snapshots.map((s) => s.workforce);
  const orderTotal = sumSlices(orders.map((o) => o.total));
  const totalWorkerPayYen = sumYen(workforce, (w) => w.totalPayYen);
  const activeWorkers = sum(workforce, (w) => w.activeWorkers);
  const largest = clientsOf(orders)[0];
  const shared = sharedWorkOf(workforce);
  return {
    orders: orderTotal,
    publicSector: sumSlices(orders.map((o) => o.publicSector)),
    privateSector: sumSlices(orders.map((o) => o.privateSector)),
    routine: sumSlices(orders.map((o) => o.routine)),
    nonRoutine: sumSlices(orders.map((o) => o.nonRoutine)),
    workersEarningAtLeast10000: sum(workforce, (w) => w.workersEarningAtLeast10000),
    registeredWorkers: sum(workforce, (w) => w.registeredWorkers),
    activeWorkers,
    averagePayPerActiveWorkerYen: averageYen(totalWorkerPayYen, activeWorkers),
    totalWorkerPayYen,
    operatingCostsYen,
    netResultYen: orderTotal.valueYen - totalWorkerPayYen - operatingCostsYen,
    largestClientSharePercent: largest ? largest.sharePercent : null,
    sharedWorkMinutes: sum(shared, (s) => s.approvedMinutes),
    sharedWorkPayYen: sumYen(shared, (s) => s.payYen),
    clientCount: sum(orders, (o) => o.clientCount),
    salesVisits: sum(orders, (o) => o.salesVisits),
    workerRegistrations: sum(workforce, (w) => w.registrationsInYear),
    directors: sum(workforce, (w) => w.directors),
    newMunicipalities: new Set(snapshots.map((s) => s.orgId).filter((orgId) => newMunicipalityIds.includes(orgId))).size,
    invoiceCount: sum(orders, (o) => o.invoicing.invoiceCount),
    invoicedYen: sumYen(orders, (o) => o.invoicing.totalYen),
    paymentsReceivedYen: sumYen(orders, (o) => o.invoicing.receivedYen),
    sharedWorkIncomeYen: sumYen(settlements, (s) => s.incomeYen),
    sharedWorkCostYen: sumYen(settlements, (s) => s.costYen),
  };
}

/** A KPI's value in a year's totals: what targets and year-over-year read, counts too as bigint so that one type holds every unit. */
export function kpiValue(totals: KpiTotals, kpi: Kpi): bigint {
  switch (kpi) {
    case Kpi.ORDER_VALUE:
      return totals.orders.valueYen;
    case Kpi.ORDER_COUNT:
      return BigInt(totals.orders.orderCount);
    case Kpi.PUBLIC_ORDER_VALUE:
      return totals.publicSector.valueYen;
    case Kpi.PRIVATE_ORDER_VALUE:
      return totals.privateSector.valueYen;
    case Kpi.ROUTINE_ORDER_VALUE:
      return totals.routine.valueYen;
    case Kpi.NON_ROUTINE_ORDER_VALUE:
      return totals.nonRoutine.valueYen;
    case Kpi.WORKERS_EARNING_10000:
      return BigInt(totals.workersEarningAtLeast10000);
    case Kpi.REGISTERED_WORKERS:
      return BigInt(totals.registeredWorkers);
    case Kpi.ACTIVE_WORKERS:
      return BigInt(totals.activeWorkers);
    case Kpi.AVERAGE_PAY_PER_ACTIVE_WORKER:
      return totals.averagePayPerActiveWorkerYen;
    case Kpi.TOTAL_WORKER_PAY:
      return totals.totalWorkerPayYen;
    case Kpi.NET_RESULT:
      return totals.netResultYen;
    case Kpi.SHARED_WORK_MINUTES:
      return BigInt(totals.sharedWorkMinutes);
    case Kpi.SHARED_WORK_PAY:
      return totals.sharedWorkPayYen;
    case Kpi.CLIENTS:
      return BigInt(totals.clientCount);
    case Kpi.SALES_VISITS:
      return BigInt(totals.salesVisits);
    case Kpi.WORKER_REGISTRATIONS:
      return BigInt(totals.workerRegistrations);
    case Kpi.SHARED_WORK_INCOME:
      return totals.sharedWorkIncomeYen;
    case Kpi.SHARED_WORK_COST:
      return totals.sharedWorkCostYen;
    case Kpi.DIRECTORS:
      return BigInt(totals.directors);
    case Kpi.NEW_MUNICIPALITIES:
      return BigInt(totals.newMunicipalities);
  }
}

/** 前年度比 for every KPI, against the size of last year's value (a loss turning into a surplus is a rise); `previous` is null without a snapshot. */
export function yearOverYear(current: KpiTotals, previous: KpiTotals | null): KpiChange[] {
  return Object.values(Kpi).map((kpi) => {
    const now = kpiValue(current, kpi);
    const before = previous ? kpiValue(previous, kpi) : null;
    return {
      kpi,
      current: now,
      previous: before,
      changePercent: before === null ? null : percentOneDecimal(now - before, before < 0n ? -before : before),
    };
  });
}

export function orgKpis(
  snapshot: OrgYearSnapshot,
  operatingCostsYen: bigint,
  previous: KpiTotals | null,
  yearSnapshots: readonly OrgYearSnapshot[] = [snapshot],
  newMunicipalityIds: readonly string[] = [],
): OrgKpis {
  const totals = totalsOf([snapshot], operatingCostsYen, yearSnapshots, newMunicipalityIds);
  return {
    orgId: snapshot.orgId,
    fiscalYear: snapshot.fiscalYear,
    takenMonth: snapshot.takenMonth,
    current: snapshot.current === true,
    totals,
    byClient: clientsOf([snapshot.orders]),
    byCategory: categoriesOf([snapshot.orders]),
    sharedWork: sharedWorkOf([snapshot.workforce]),
    settlements: settlementsOf([snapshot], yearSnapshots).get(snapshot.orgId) ?? [],
    yearOverYear: yearOverYear(totals, previous),
  };
}

export function consortiumKpis(
  fiscalYear: number,
  snapshots: readonly OrgYearSnapshot[],
  operatingCostsYen: bigint,
  previous: KpiTotals | null,
  municipalityCount: number | null = null,
  failedMembers: MemberFailure[] = [],
  newMunicipalityIds: readonly string[] = [],
): ConsortiumKpis {
  const totals = totalsOf(snapshots, operatingCostsYen, snapshots, newMunicipalityIds);
  const shared = sharedWorkOf(snapshots.map((s) => s.workforce));
  const byHome = new Map<string, KpiSharedWorkByHomeOrg>();
  for (const s of shared) {
    const entry = byHome.get(s.homeOrgId) ?? { homeOrgId: s.homeOrgId, approvedMinutes: 0, payYen: 0n, paySharePercent: null };
    entry.approvedMinutes += s.approvedMinutes;
    entry.payYen += s.payYen;
    byHome.set(s.homeOrgId, entry);
  }
  const sharedWorkByHomeOrg = [...byHome.values()].map((e) => ({
    ...e,
    paySharePercent: percentOneDecimal(e.payYen, totals.sharedWorkPayYen),
  }));
  return {
    fiscalYear,
    memberCount: new Set(snapshots.map((s) => s.orgId)).size,
    municipalityCount,
    failedMembers,
    totals,
    byCategory: categoriesOf(snapshots.map((s) => s.orders)),
    sharedWorkByHomeOrg,
    sharedWork: shared,
    yearOverYear: yearOverYear(totals, previous),
  };
}
