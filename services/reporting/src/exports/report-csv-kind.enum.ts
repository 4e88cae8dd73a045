import { registerEnumType } from '@nestjs/graphql';

/** Every report that can be downloaded as CSV. */
export enum ReportCsvKind {
  /** One row per org (and one for the consortium): every KPI of the year. */
  KPI_SUMMARY = 'KPI_SUMMARY',
  ORDERS_BY_CLIENT = 'ORDERS_BY_CLIENT',
  ORDERS_BY_CATEGORY = 'ORDERS_BY_CATEGORY',
  /** Consortium work by workers' home org and task org. */
  SHARED_WORK = 'SHARED_WORK',
  YEAR_OVER_YEAR = 'YEAR_OVER_YEAR',
  /** 達成率 of the year's targets, single-year and cumulative since baseYear. */
  ACHIEVEMENTS = 'ACHIEVEMENTS',
  /** Settled income and cost of shared work by org and counterpart member. */
  SHARED_WORK_SETTLEMENTS = 'SHARED_WORK_SETTLEMENTS',
}

registerEnumType(ReportCsvKind, { name: 'ReportCsvKind' });
