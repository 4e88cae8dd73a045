import { Anchor, NativeSelect, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalYearOf, formatFiscalYear, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { KpiSheetTable, RateBadge } from '../reports/KpiSheetTable';
import { formatWhole } from '../reports/report-view';
import { KpiSheetQuery } from '../reports/reports.operations';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { Section } from '../shell/Section';
import { compareSheets, drillOf, type SheetFigures } from './kpi-drill';
import { ProjectKpiSheetQuery, ProjectsQuery } from './projects.operations';

/**
 * コンソーシアムのKPI: per KPI the consortium's target, actual and 達成率 for a fiscal year, and
 * beside it one member's or one project's (drill-down), with that one's whole sheet below.
 * Member and consortium sheets are kpiSheet's, a project's projectKpiSheet's.
 */
export function ConsortiumKpiScreen() {
  const { t, i18n } = useTranslation();
  const thisYear = fiscalYearOf(tokyoDate());
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const [drillValue, setDrillValue] = useState('');
  const drill = drillOf(drillValue);
  const registry = useQuery(ProjectsQuery);
  const consortium = useQuery(KpiSheetQuery, { variables: { fiscalYear, orgId: null }, fetchPolicy: 'cache-and-network' });
  const member = useQuery(KpiSheetQuery, {
    variables: { fiscalYear, orgId: drill?.kind === 'member' ? drill.orgId : '' },
    skip: drill?.kind !== 'member',
    fetchPolicy: 'cache-and-network',
  });
  const project = useQuery(ProjectKpiSheetQuery, {
    variables: { fiscalYear, projectId: drill?.kind === 'project' ? drill.projectId : '' },
    skip: drill?.kind !== 'project',
    fetchPolicy: 'cache-and-network',
  });
  if ((consortium.loading && !consortium.data) || (registry.loading && !registry.data)) return <ScreenLoader />;

  const members = (registry.data?.consortiumMembers ?? []).filter((m) => m.kind !== 'SUPPORT_BODY');
  const projects = registry.data?.projects ?? [];
  const drilledLines =
    drill?.kind === 'member' ? member.data?.kpiSheet.lines : drill?.kind === 'project' ? project.data?.projectKpiSheet.lines : undefined;
  const drilledName =
    drill?.kind === 'member'
      ? (members.find((m) => m.id === drill.orgId)?.name ?? drill.orgId)
      : drill?.kind === 'project'
        ? (projects.find((p) => p.id === drill.projectId)?.name ?? drill.projectId)
        : '';
  const consortiumLines = consortium.data?.kpiSheet.lines ?? [];
  const rows = compareSheets(consortiumLines, drilledLines ?? []);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const year = formatFiscalYear(fiscalYear, i18n.language);

  return (
    <Stack>
      <Title order={2}>{t('support.kpis.title')}</Title>
      <Text>{t('support.kpis.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('reports.fiscalYear')}
          value={String(fiscalYear)}
          onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
          data={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, i18n.language) }))}
        />
        <NativeSelect
          label={t('support.kpis.drill')}
          value={drillValue}
          onChange={(e) => setDrillValue(e.currentTarget.value)}
          data={[
            { value: '', label: t('support.kpis.drillNone') },
            { group: t('support.kpis.members'), items: members.map((m) => ({ value: `member:${m.id}`, label: m.name })) },
            { group: t('support.kpis.projects'), items: projects.map((p) => ({ value: `project:${p.id}`, label: p.name })) },
          ]}
        />
        <Anchor component={Link} to="/consortium/projects">
          {t('support.kpis.toProjects')}
        </Anchor>
      </Group>
      <ApiErrors error={consortium.error ?? registry.error ?? member.error ?? project.error} />

      <Section id="kpis-compare" title={drill ? t('support.kpis.compareTitle', { name: drilledName }) : t('support.kpis.consortiumTitle')}>
        {rows.length === 0 ? (
          <Text>{t('reports.sheet.none')}</Text>
        ) : (
          <ScrollTable minWidth={drill ? 900 : 560}>
            <Table striped data-testid="kpi-compare">
              <Table.Caption>
                {drill ? t('support.kpis.compareCaption', { name: drilledName, year }) : t('support.kpis.consortiumCaption', { year })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.sheet.kpi')}</Table.Th>
                  <Table.Th scope="col">{t('support.kpis.consortiumTarget')}</Table.Th>
                  <Table.Th scope="col">{t('support.kpis.consortiumActual')}</Table.Th>
                  <Table.Th scope="col">{t('support.kpis.consortiumRate')}</Table.Th>
                  {drill && (
                    <>
                      <Table.Th scope="col">{t('support.kpis.drilledTarget', { name: drilledName })}</Table.Th>
                      <Table.Th scope="col">{t('support.kpis.drilledActual', { name: drilledName })}</Table.Th>
                      <Table.Th scope="col">{t('support.kpis.drilledRate', { name: drilledName })}</Table.Th>
                    </>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.kpi}>
                    <Table.Th scope="row">{row.label}</Table.Th>
                    <Figures figures={row.consortium} language={i18n.language} />
                    {drill && <Figures figures={row.drilled} language={i18n.language} />}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      {drill && (
        <Section id="kpis-drilled" title={t('support.kpis.drilledSheet', { name: drilledName })}>
          {drilledLines === undefined ? (
            <ScreenLoader />
          ) : (
            <KpiSheetTable lines={drilledLines} caption={t('support.kpis.drilledSheetCaption', { name: drilledName, year })} />
          )}
          {drill.kind === 'project' && (
            <Anchor component={Link} to={`/consortium/projects/${drill.projectId}`}>
              {t('support.kpis.openProject', { name: drilledName })}
            </Anchor>
          )}
        </Section>
      )}

      <Section id="kpis-consortium" title={t('support.kpis.consortiumSheet')}>
        <KpiSheetTable lines={consortiumLines} caption={t('reports.sheet.caption', { year })} />
      </Section>
    </Stack>
  );
}

function Figures({ figures, language }: { figures: SheetFigures | null; language: string }) {
  return (
    <>
      <Table.Td>{formatWhole(figures?.yearTarget, language)}</Table.Td>
      <Table.Td>{formatWhole(figures?.yearActual, language)}</Table.Td>
      <Table.Td miw={120}>
        <RateBadge percent={figures?.yearRatePercent} language={language} />
      </Table.Td>
    </>
  );
}
