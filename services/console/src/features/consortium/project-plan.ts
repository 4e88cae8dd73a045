import type { Kpi } from '../../gql/graphql';

/**
 * A project's KPI plan as the state's sheet writes it (基準値, 最終目標, 単年度目標 per year), as the
 * form holds it: figures as typed text, so "0" (a target of 0, allowed: it has no 達成率) and ""
 * (no target for that year) stay apart. The server checks the same rules (INVALID_KPI_PLAN,
 * whole numbers); these let the form point at the field before a round trip.
 */
export const PLAN_KPIS: readonly Kpi[] = [
  'ORDER_VALUE',
  'ORDER_COUNT',
  'PUBLIC_ORDER_VALUE',
  'PRIVATE_ORDER_VALUE',
  'ROUTINE_ORDER_VALUE',
  'NON_ROUTINE_ORDER_VALUE',
  'WORKERS_EARNING_10000',
  'REGISTERED_WORKERS',
  'ACTIVE_WORKERS',
  'WORKER_REGISTRATIONS',
  'AVERAGE_PAY_PER_ACTIVE_WORKER',
  'TOTAL_WORKER_PAY',
  'NET_RESULT',
  'SHARED_WORK_MINUTES',
  'SHARED_WORK_PAY',
  'SHARED_WORK_INCOME',
  'SHARED_WORK_COST',
  'CLIENTS',
  'SALES_VISITS',
  'DIRECTORS',
  'NEW_MUNICIPALITIES',
];

/** As the server allows: a plan spans at most 20 years after its base year. */
export const MAX_PLAN_YEARS = 20;

export interface PlanForm {
  kpi: Kpi;
  baseYear: number;
  baseValue: string;
  finalYear: number;
  finalIncrease: string;
  /** 単年度目標 by fiscal year; "" for a year without one. */
  yearly: Record<number, string>;
}

export interface StoredPlan {
  kpi: Kpi;
  baseYear: number;
  baseValue: string;
  finalYear: number;
  finalIncrease: string;
  yearlyIncreases: readonly { fiscalYear: number; increase: string }[];
}

/** Field → i18n key of what is wrong with it. */
export type PlanProblems = Record<string, string>;

const WHOLE = /^-?\d+$/;
const NON_NEGATIVE = /^\d+$/;

/** A new plan: measured last year, aiming three years ahead. */
export function emptyPlan(kpi: Kpi, thisFiscalYear: number): PlanForm {
  return { kpi, baseYear: thisFiscalYear - 1, baseValue: '', finalYear: thisFiscalYear + 2, finalIncrease: '', yearly: {} };
}

/** The form for a stored plan, to edit it (a save replaces it whole). */
export function planFormOf(plan: StoredPlan): PlanForm {
  return {
    kpi: plan.kpi,
    baseYear: plan.baseYear,
    baseValue: plan.baseValue,
    finalYear: plan.finalYear,
    finalIncrease: plan.finalIncrease,
    yearly: Object.fromEntries(plan.yearlyIncreases.map((y) => [y.fiscalYear, y.increase])),
  };
}

/** The years that may have a single-year target: after the base year, up to the final year. */
export function planYears(form: Pick<PlanForm, 'baseYear' | 'finalYear'>): number[] {
  const count = Math.min(form.finalYear - form.baseYear, MAX_PLAN_YEARS);
  return count > 0 ? Array.from({ length: count }, (_, i) => form.baseYear + 1 + i) : [];
}

export function planProblems(form: PlanForm): PlanProblems {
  const problems: PlanProblems = {};
  if (!WHOLE.test(form.baseValue.trim())) problems['baseValue'] = 'support.projects.plan.problem.whole';
  if (form.finalYear <= form.baseYear || form.finalYear - form.baseYear > MAX_PLAN_YEARS)
    problems['finalYear'] = 'support.projects.plan.problem.years';
  if (!NON_NEGATIVE.test(form.finalIncrease.trim())) problems['finalIncrease'] = 'support.projects.plan.problem.nonNegative';
  for (const year of planYears(form)) {
    const value = (form.yearly[year] ?? '').trim();
    if (value !== '' && !NON_NEGATIVE.test(value)) problems[`yearly.${year}`] = 'support.projects.plan.problem.nonNegative';
  }
  return problems;
}

/** SetProjectKpiPlanInput from a checked form: the years in the plan's span with a figure typed, 0 included. */
export function planInput(projectId: string, form: PlanForm) {
  return {
    projectId,
    kpi: form.kpi,
    baseYear: form.baseYear,
    baseValue: form.baseValue.trim(),
    finalYear: form.finalYear,
    finalIncrease: form.finalIncrease.trim(),
    yearlyIncreases: planYears(form).flatMap((fiscalYear) => {
      const increase = (form.yearly[fiscalYear] ?? '').trim();
      return increase === '' ? [] : [{ fiscalYear, increase }];
    }),
  };
}

/** A project's members as the form holds them: the lead must be among them (as on the server). */
export function projectMembersProblems(form: { name?: string; leadOrgId: string; memberOrgIds: readonly string[] }): PlanProblems {
  const problems: PlanProblems = {};
  if (form.name !== undefined && form.name.trim() === '') problems['name'] = 'support.projects.problem.name';
  if (form.memberOrgIds.length === 0) problems['memberOrgIds'] = 'support.projects.problem.members';
  if (!form.leadOrgId) problems['leadOrgId'] = 'support.projects.problem.lead';
  else if (!form.memberOrgIds.includes(form.leadOrgId)) problems['leadOrgId'] = 'support.projects.problem.leadMember';
  return problems;
}
