import { registerEnumType } from '@nestjs/graphql';

/** The KPIs a target can be set for and a year compared on (each a whole number: yen, people or minutes). */
export enum Kpi {
  ORDER_VALUE = 'ORDER_VALUE',
  ORDER_COUNT = 'ORDER_COUNT',
  PUBLIC_ORDER_VALUE = 'PUBLIC_ORDER_VALUE',
  PRIVATE_ORDER_VALUE = 'PRIVATE_ORDER_VALUE',
  ROUTINE_ORDER_VALUE = 'ROUTINE_ORDER_VALUE',
  NON_ROUTINE_ORDER_VALUE = 'NON_ROUTINE_ORDER_VALUE',
  WORKERS_EARNING_10000 = 'WORKERS_EARNING_10000',
  REGISTERED_WORKERS = 'REGISTERED_WORKERS',
  ACTIVE_WORKERS = 'ACTIVE_WORKERS',
  AVERAGE_PAY_PER_ACTIVE_WORKER = 'AVERAGE_PAY_PER_ACTIVE_WORKER',
  TOTAL_WORKER_PAY = 'TOTAL_WORKER_PAY',
  NET_RESULT = 'NET_RESULT',
  SHARED_WORK_MINUTES = 'SHARED_WORK_MINUTES',
  SHARED_WORK_PAY = 'SHARED_WORK_PAY',
  CLIENTS = 'CLIENTS',
  SALES_VISITS = 'SALES_VISITS',
  WORKER_REGISTRATIONS = 'WORKER_REGISTRATIONS',
  SHARED_WORK_INCOME = 'SHARED_WORK_INCOME',
  SHARED_WORK_COST = 'SHARED_WORK_COST',
  DIRECTORS = 'DIRECTORS',
  NEW_MUNICIPALITIES = 'NEW_MUNICIPALITIES',
}

registerEnumType(Kpi, { name: 'Kpi' });

/** Japanese labels for exports and charts (what the operators call them). */
export const KPI_LABELS: Readonly<Record<Kpi, string>> = {
  [Kpi.ORDER_VALUE]: '受注額（円）',
  [Kpi.ORDER_COUNT]: '受注件数',
  [Kpi.PUBLIC_ORDER_VALUE]: '官公需 受注額（円）',
  [Kpi.PRIVATE_ORDER_VALUE]: '民需 受注額（円）',
  [Kpi.ROUTINE_ORDER_VALUE]: '定型 受注額（円）',
  [Kpi.NON_ROUTINE_ORDER_VALUE]: '非定型 受注額（円）',
  [Kpi.WORKERS_EARNING_10000]: '年間報酬1万円以上の人数',
  [Kpi.REGISTERED_WORKERS]: '登録者数',
  [Kpi.ACTIVE_WORKERS]: '稼働者数',
  [Kpi.AVERAGE_PAY_PER_ACTIVE_WORKER]: '稼働者1人あたり平均報酬（円）',
  [Kpi.TOTAL_WORKER_PAY]: 'ワーカー報酬総額（円）',
  [Kpi.NET_RESULT]: '収支（円）',
  [Kpi.SHARED_WORK_MINUTES]: '共同受注 作業時間（分）',
  [Kpi.SHARED_WORK_PAY]: '共同受注 報酬（円）',
  [Kpi.CLIENTS]: '取引先数（累計）',
  [Kpi.SALES_VISITS]: '営業活動件数',
  [Kpi.WORKER_REGISTRATIONS]: '新規登録者数',
  [Kpi.SHARED_WORK_INCOME]: '共同受注 収入（精算額・円）',
  [Kpi.SHARED_WORK_COST]: '共同受注 支出（精算額・円）',
  [Kpi.DIRECTORS]: 'ディレクター数',
  [Kpi.NEW_MUNICIPALITIES]: '新規導入自治体数',
};
