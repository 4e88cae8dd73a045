import { Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { municipalityAdoptionOption } from '@kyodo/charts';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fiscalYearOf, formatFiscalYear, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { EChart } from '../reports/EChart';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { Section } from '../shell/Section';
import { adoptionByFiscalYear } from './adoption';
import { AdoptionKpiQuery, AdoptionMembersQuery } from './adoption.operations';

/**
 * 導入自治体数の推移: municipalities adopting the model per fiscal year, from the registry's
 * onboarding dates (a chart and the same figures as a table), with the 新規導入自治体数 KPI the
 * year's stored snapshot gives beside them ("—" for a year without one).
 */
export function AdoptionScreen() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const thisYear = fiscalYearOf(tokyoDate());
  const { data, loading, error } = useQuery(AdoptionMembersQuery, { fetchPolicy: 'cache-and-network' });
  const years = useMemo(() => adoptionByFiscalYear(data?.consortiumMembers ?? [], thisYear), [data, thisYear]);
  const [kpiByYear, setKpiByYear] = useState<Record<number, number | null>>({});

  useEffect(() => {
    let stale = false;
    void Promise.all(
      years.map(async ({ fiscalYear }) => {
        const result = await client.query({ query: AdoptionKpiQuery, variables: { fiscalYear }, errorPolicy: 'all' });
        // A year without a snapshot has no consortium figures: its KPI is unknown, not 0.
        const consortium = result.data?.fiscalYearReport.consortium;
        return [fiscalYear, consortium && consortium.municipalityCount !== null ? consortium.totals.newMunicipalities : null] as const;
      }),
    ).then((pairs) => {
      if (!stale) setKpiByYear(Object.fromEntries(pairs));
    });
    return () => {
      stale = true;
    };
  }, [client, years]);

  const option = useMemo(() => municipalityAdoptionOption(years.map((y) => ({ ...y, added: y.added.length }))), [years]);
  if (loading && !data) return <ScreenLoader />;
  const total = years.at(-1)?.total ?? 0;

  return (
    <Stack>
      <Title order={2}>{t('support.adoption.title')}</Title>
      <Text>{t('support.adoption.intro', { total })}</Text>
      <ApiErrors error={error} />
      {years.length === 0 ? (
        <Text>{t('support.adoption.none')}</Text>
      ) : (
        <>
          <Section id="adoption-chart" title={t('support.adoption.chartTitle')}>
            <EChart option={option} label={t('support.adoption.chart')} height={320} />
          </Section>
          <Section id="adoption-table" title={t('support.adoption.tableTitle')}>
            <ScrollTable minWidth={560}>
              <Table striped>
                <Table.Caption>{t('support.adoption.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reports.fiscalYear')}</Table.Th>
                    <Table.Th scope="col">{t('support.adoption.added')}</Table.Th>
                    <Table.Th scope="col">{t('support.adoption.total')}</Table.Th>
                    <Table.Th scope="col">{t('support.adoption.kpi')}</Table.Th>
                    <Table.Th scope="col">{t('support.adoption.names')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {years.map((y) => (
                    <Table.Tr key={y.fiscalYear}>
                      <Table.Th scope="row">{formatFiscalYear(y.fiscalYear, i18n.language)}</Table.Th>
                      <Table.Td>{y.added.length}</Table.Td>
                      <Table.Td>{y.total}</Table.Td>
                      <Table.Td>{kpiByYear[y.fiscalYear] ?? '—'}</Table.Td>
                      <Table.Td>{y.added.join('、') || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Section>
        </>
      )}
    </Stack>
  );
}
