import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiSheetLineFieldsFragment } from '../../gql/graphql';
import { formatFiscalYear } from '../../lib/format';
import { ScrollTable } from '../shell/ScrollTable';
import { formatRate, formatWhole } from './report-view';

/**
 * A KPI sheet as the state's form lays it out: per KPI 基準値, 最終目標, 単年度目標/実績/達成率 and
 * 累計目標/実績/達成率. The rates are the server's (rounded half up to one decimal); a target of 0
 * or a missing actual has none and shows "—". A member's, the consortium's or a project's sheet.
 */
export function KpiSheetTable({ lines, caption }: { lines: readonly KpiSheetLineFieldsFragment[]; caption: string }) {
  const { t, i18n } = useTranslation();
  if (lines.length === 0) return <Text>{t('reports.sheet.none')}</Text>;
  return (
    <ScrollTable minWidth={900}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.sheet.kpi')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.base')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.final')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.yearTarget')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.yearActual')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.yearRate')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.cumulativeTarget')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.cumulativeActual')}</Table.Th>
            <Table.Th scope="col">{t('reports.sheet.cumulativeRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.kpi}>
              <Table.Th scope="row">{line.label}</Table.Th>
              <Table.Td>
                {formatWhole(line.baseValue, i18n.language)}
                <Text size="xs">{formatFiscalYear(line.baseYear, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                {formatWhole(line.finalIncrease, i18n.language)}
                <Text size="xs">{formatFiscalYear(line.finalYear, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>{formatWhole(line.yearTarget, i18n.language)}</Table.Td>
              <Table.Td>{formatWhole(line.yearActual, i18n.language)}</Table.Td>
              <Table.Td data-testid="year-rate">
                <RateBadge percent={line.yearRatePercent} language={i18n.language} />
              </Table.Td>
              <Table.Td>{formatWhole(line.cumulativeTarget, i18n.language)}</Table.Td>
              <Table.Td>{formatWhole(line.cumulativeActual, i18n.language)}</Table.Td>
              <Table.Td data-testid="cumulative-rate">
                <RateBadge percent={line.cumulativeRatePercent} language={i18n.language} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** 達成率 with its state in words too (not by colour alone). */
export function RateBadge({ percent, language }: { percent: number | null | undefined; language: string }) {
  const { t } = useTranslation();
  if (percent === null || percent === undefined) return <>—</>;
  const reached = percent >= 100;
  return (
    <Badge variant="light" color={reached ? 'teal' : 'orange'} c="dark">
      {formatRate(percent, language)} {reached ? t('reports.sheet.reached') : t('reports.sheet.notReached')}
    </Badge>
  );
}
