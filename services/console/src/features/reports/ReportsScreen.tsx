import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  adoptionOverTimeOption,
  orderValueByCategoryOption,
  orderValueByClientOption,
  routineSplitOption,
  sectorSplitOption,
  sharedWorkFlowOption,
  yearOverYearOption,
} from '@kyodo/charts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/use-session';
import type { ReportCsvKind, ReportFiscalYearQuery } from '../../gql/graphql';
import { fiscalYearOf, formatFiscalYear, formatMinutes, formatYen, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { Section } from '../shell/Section';
import { useAction } from '../shell/use-action';
import { base64Bytes, downloadFile } from './download';
import { EChart } from './EChart';
import { KpiSheetTable } from './KpiSheetTable';
import { adoptionPoints, formatRate, formatWhole, historyYears, scopedFigures } from './report-view';
import {
  FiscalYearReportQuery,
  KpiSheetCsvQuery,
  KpiSheetPdfQuery,
  KpiSheetQuery,
  ReportCsvQuery,
  ReportMembersQuery,
} from './reports.operations';

type Report = ReportFiscalYearQuery['fiscalYearReport'];

const CSV_KINDS: ReportCsvKind[] = [
  'KPI_SUMMARY',
  'ORDERS_BY_CLIENT',
  'ORDERS_BY_CATEGORY',
  'SHARED_WORK',
  'YEAR_OVER_YEAR',
  'ACHIEVEMENTS',
  'SHARED_WORK_SETTLEMENTS',
];
/** The yen KPIs that share one axis in the year-over-year chart (people and minutes stay in the table). */
const YEN_KPIS = [
  'ORDER_VALUE',
  'PUBLIC_ORDER_VALUE',
  'PRIVATE_ORDER_VALUE',
  'ROUTINE_ORDER_VALUE',
  'NON_ROUTINE_ORDER_VALUE',
  'TOTAL_WORKER_PAY',
];

/**
 * 実績報告: a fiscal year's KPIs with targets and 達成率 (the KPI sheet towns send to the state),
 * order value by client, category, public/private and routine/non-routine, shared work and where
 * it went, year over year; the charts are the ones the reporting service draws. An org admin sees
 * its own member; the support body the consortium or any member, and municipalities over time.
 */
export function ReportsScreen() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const session = useSession();
  const supportBody = session.roles.includes('consortium-admin');
  const thisYear = fiscalYearOf(tokyoDate());
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  /** null: the consortium (support body) or the caller's own member (org admin). */
  const [scope, setScope] = useState<string | null>(null);
  const members = useQuery(ReportMembersQuery, { skip: !supportBody });
  // A member's own year is current (gathered now); the support body reads the stored snapshots.
  const report = useQuery(FiscalYearReportQuery, {
    variables: { fiscalYear, orgId: scope, current: !supportBody || scope !== null ? true : null },
  });
  const sheet = useQuery(KpiSheetQuery, { variables: { fiscalYear, orgId: scope } });
  const [history, setHistory] = useState<Report[]>([]);
  const action = useAction();
  const [csvKind, setCsvKind] = useState<ReportCsvKind>('KPI_SUMMARY');

  useEffect(() => {
    let stale = false;
    const years = historyYears(fiscalYear).slice(0, -1);
    void Promise.all(
      years.map((y) => client.query({ query: FiscalYearReportQuery, variables: { fiscalYear: y, orgId: scope }, errorPolicy: 'all' })),
    ).then((results) => {
      if (!stale) setHistory(results.flatMap((r) => (r.data ? [r.data.fiscalYearReport] : [])));
    });
    return () => {
      stale = true;
    };
  }, [client, fiscalYear, scope]);

  const current = report.data?.fiscalYearReport;
  const figures = scopedFigures(current, scope);
  const allYears = useMemo(() => (current ? [...history, current] : history), [history, current]);
  const charts = useMemo(() => {
    if (!figures) return null;
    const kpiLabel = (kpi: string) => t(`reports.kpi.${kpi}`);
    return {
      byClient: orderValueByClientOption(
        allYears.map((r) => ({ fiscalYear: r.fiscalYear, orgs: scope ? r.orgs.filter((o) => o.orgId === scope) : r.orgs })),
      ),
      sector: sectorSplitOption(fiscalYear, figures.totals.publicSector.valueYen, figures.totals.privateSector.valueYen),
      routine: routineSplitOption(fiscalYear, figures.totals.routine.valueYen, figures.totals.nonRoutine.valueYen),
      category: orderValueByCategoryOption(
        fiscalYear,
        figures.byCategory.map((c) => ({ label: c.category, valueYen: c.valueYen })),
      ),
      shared: sharedWorkFlowOption(fiscalYear, figures.sharedWork),
      yearOverYear: yearOverYearOption(
        fiscalYear,
        figures.yearOverYear
          .filter((c) => YEN_KPIS.includes(c.kpi))
          .map((c) => ({ label: kpiLabel(c.kpi), current: c.current, previous: c.previous ?? null })),
      ),
      adoption: adoptionOverTimeOption(adoptionPoints(allYears)),
    };
  }, [figures, allYears, fiscalYear, scope, t]);

  if ((report.loading && !report.data) || (sheet.loading && !sheet.data)) return <ScreenLoader />;

  async function downloadCsv() {
    const result = await action.run(() =>
      client.query({ query: ReportCsvQuery, variables: { fiscalYear, kind: csvKind, orgId: scope }, fetchPolicy: 'network-only' }),
    );
    const file = result?.data?.reportCsv;
    if (file) downloadFile(file.filename, file.contentType, file.content);
  }
  async function downloadSheetCsv() {
    const result = await action.run(() =>
      client.query({ query: KpiSheetCsvQuery, variables: { fiscalYear, orgId: scope }, fetchPolicy: 'network-only' }),
    );
    const file = result?.data?.kpiSheetCsv;
    if (file) downloadFile(file.filename, file.contentType, file.content);
  }
  async function downloadSheetPdf() {
    const result = await action.run(() =>
      client.query({ query: KpiSheetPdfQuery, variables: { fiscalYear, orgId: scope }, fetchPolicy: 'network-only' }),
    );
    const file = result?.data?.kpiSheetPdf;
    if (file) downloadFile(file.filename, file.contentType, base64Bytes(file.base64));
  }

  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const memberOptions = (members.data?.consortiumMembers ?? []).filter((m) => m.kind !== 'SUPPORT_BODY');
  const totals = figures?.totals;

  return (
    <Stack>
      <Title order={2}>{t('reports.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('reports.fiscalYear')}
          value={String(fiscalYear)}
          onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
          data={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, i18n.language) }))}
        />
        {supportBody && (
          <NativeSelect
            label={t('reports.scope')}
            value={scope ?? ''}
            onChange={(e) => setScope(e.currentTarget.value || null)}
            data={[{ value: '', label: t('reports.consortium') }, ...memberOptions.map((m) => ({ value: m.id, label: m.name }))]}
          />
        )}
      </Group>
      <ApiErrors error={report.error ?? sheet.error ?? members.error} />
      <ApiErrors error={action.error} />

      <Section id="reports-kpi" title={t('reports.sheet.title')}>
        <KpiSheetTable
          lines={sheet.data?.kpiSheet.lines ?? []}
          caption={t('reports.sheet.caption', { year: formatFiscalYear(fiscalYear, i18n.language) })}
        />
        <Group>
          <Button variant="light" onClick={() => void downloadSheetPdf()} disabled={action.busy}>
            {t('reports.sheet.pdf')}
          </Button>
          <Button variant="light" onClick={() => void downloadSheetCsv()} disabled={action.busy}>
            {t('reports.sheet.csv')}
          </Button>
        </Group>
      </Section>

      {!figures || !totals || !charts ? (
        <Text>{t('reports.noFigures')}</Text>
      ) : (
        <>
          <Section id="reports-totals" title={t('reports.totals.title')}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <Figure
                label={t('reports.totals.orders')}
                value={formatYen(totals.orders.valueYen)}
                note={t('reports.totals.count', { count: totals.orders.orderCount })}
              />
              <Figure
                label={t('reports.totals.public')}
                value={formatYen(totals.publicSector.valueYen)}
                note={t('reports.totals.count', { count: totals.publicSector.orderCount })}
              />
              <Figure
                label={t('reports.totals.routine')}
                value={formatYen(totals.routine.valueYen)}
                note={t('reports.totals.count', { count: totals.routine.orderCount })}
              />
              <Figure
                label={t('reports.totals.sharedWork')}
                value={formatMinutes(totals.sharedWorkMinutes, i18n.language)}
                note={formatYen(totals.sharedWorkIncomeYen)}
              />
              <Figure
                label={t('reports.totals.activeWorkers')}
                value={String(totals.activeWorkers)}
                note={t('reports.totals.registered', { count: totals.registeredWorkers })}
              />
              <Figure label={t('reports.totals.earning10000')} value={String(totals.workersEarningAtLeast10000)} />
              <Figure label={t('reports.totals.averagePay')} value={formatYen(totals.averagePayPerActiveWorkerYen)} />
              <Figure label={t('reports.totals.operatingCosts')} value={formatYen(totals.operatingCostsYen)} />
              <Figure label={t('reports.totals.net')} value={formatYen(totals.netResultYen)} />
              <Figure
                label={t('reports.totals.invoiced')}
                value={formatYen(totals.invoicedYen)}
                note={t('reports.totals.invoices', { count: totals.invoiceCount })}
              />
              <Figure label={t('reports.totals.received')} value={formatYen(totals.paymentsReceivedYen)} />
            </SimpleGrid>
          </Section>
          <Section id="reports-orders" title={t('reports.orders.title')}>
            <EChart option={charts.byClient} label={t('reports.orders.byClient')} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <EChart option={charts.sector} label={t('reports.orders.sector')} height={300} />
              <EChart option={charts.routine} label={t('reports.orders.routine')} height={300} />
            </SimpleGrid>
            <EChart option={charts.category} label={t('reports.orders.category')} height={300} />
          </Section>
          <Section id="reports-shared" title={t('reports.shared.title')}>
            {figures.sharedWork.length === 0 ? (
              <Text>{t('reports.shared.none')}</Text>
            ) : (
              <>
                <EChart option={charts.shared} label={t('reports.shared.chart')} height={300} />
                <ScrollTable minWidth={480}>
                  <Table>
                    <Table.Caption>{t('reports.shared.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('reports.shared.home')}</Table.Th>
                        <Table.Th scope="col">{t('reports.shared.task')}</Table.Th>
                        <Table.Th scope="col">{t('reports.shared.minutes')}</Table.Th>
                        <Table.Th scope="col">{t('reports.shared.pay')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {figures.sharedWork.map((s) => (
                        <Table.Tr key={`${s.homeOrgId}-${s.taskOrgId}`}>
                          <Table.Td>{s.homeOrgId}</Table.Td>
                          <Table.Td>{s.taskOrgId}</Table.Td>
                          <Table.Td>{formatMinutes(s.approvedMinutes, i18n.language)}</Table.Td>
                          <Table.Td>{formatYen(s.payYen)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              </>
            )}
          </Section>
          <Section id="reports-yoy" title={t('reports.yoy.title')}>
            <EChart option={charts.yearOverYear} label={t('reports.yoy.chart')} />
            <ScrollTable minWidth={480}>
              <Table striped>
                <Table.Caption>{t('reports.yoy.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reports.sheet.kpi')}</Table.Th>
                    <Table.Th scope="col">{t('reports.yoy.previous')}</Table.Th>
                    <Table.Th scope="col">{t('reports.yoy.current')}</Table.Th>
                    <Table.Th scope="col">{t('reports.yoy.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {figures.yearOverYear.map((c) => (
                    <Table.Tr key={c.kpi}>
                      <Table.Th scope="row">{t(`reports.kpi.${c.kpi}`)}</Table.Th>
                      <Table.Td>{formatWhole(c.previous, i18n.language)}</Table.Td>
                      <Table.Td>{formatWhole(c.current, i18n.language)}</Table.Td>
                      <Table.Td>{formatRate(c.changePercent, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Section>
          {supportBody && scope === null && (
            <Section id="reports-adoption" title={t('reports.adoption.title')}>
              <EChart option={charts.adoption} label={t('reports.adoption.chart')} height={280} />
            </Section>
          )}
        </>
      )}
      <Section id="reports-export" title={t('reports.export.title')}>
        <Group align="flex-end">
          <NativeSelect
            label={t('reports.export.kind')}
            value={csvKind}
            onChange={(e) => setCsvKind(e.currentTarget.value as ReportCsvKind)}
            data={CSV_KINDS.map((k) => ({ value: k, label: t(`reports.export.kinds.${k}`) }))}
          />
          <Button onClick={() => void downloadCsv()} disabled={action.busy}>
            {t('reports.export.csv')}
          </Button>
        </Group>
      </Section>
    </Stack>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{label}</Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      {note && <Text size="xs">{note}</Text>}
    </Stack>
  );
}
