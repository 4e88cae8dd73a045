import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Kpi } from '../../gql/graphql';
import { fiscalYearOf, formatFiscalYear, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { base64Bytes, downloadFile } from '../reports/download';
import { KpiSheetTable } from '../reports/KpiSheetTable';
import { formatWhole } from '../reports/report-view';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { Section } from '../shell/Section';
import { useAction } from '../shell/use-action';
import { ProjectMembersFields } from './ProjectMembersFields';
import {
  emptyPlan,
  PLAN_KPIS,
  planFormOf,
  planInput,
  planProblems,
  planYears,
  projectMembersProblems,
  type PlanForm,
  type PlanProblems,
} from './project-plan';
import {
  ProjectKpiSheetCsvQuery,
  ProjectKpiSheetPdfQuery,
  ProjectKpiSheetQuery,
  ProjectQuery,
  SetProjectKpiPlanMutation,
  SetProjectMembersMutation,
} from './projects.operations';

const HINT = { c: 'dark.6' } as const;

/**
 * One project: its members and lead (replaced whole), its KPI plans as the state's sheet writes
 * them (基準値, 最終目標, 単年度目標 per year; a target of 0 is a target without a rate), and its KPI
 * sheet for a fiscal year — the plans against its members' figures summed — as CSV and PDF.
 */
export function ProjectScreen() {
  const { projectId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const thisYear = fiscalYearOf(tokyoDate());
  const { data, loading, error, refetch } = useQuery(ProjectQuery, { variables: { projectId } });
  const [fiscalYear, setFiscalYear] = useState(thisYear);
  const sheet = useQuery(ProjectKpiSheetQuery, { variables: { projectId, fiscalYear }, fetchPolicy: 'cache-and-network' });
  const [setMembers] = useMutation(SetProjectMembersMutation);
  const [setPlan] = useMutation(SetProjectKpiPlanMutation);
  const membersAction = useAction();
  const planAction = useAction();
  const fileAction = useAction();
  const [memberOrgIds, setMemberOrgIds] = useState<string[] | null>(null);
  const [leadOrgId, setLeadOrgId] = useState<string | null>(null);
  const [memberProblems, setMemberProblems] = useState<PlanProblems>({});
  const [plan, setPlanForm] = useState<PlanForm>(() => emptyPlan('REGISTERED_WORKERS', thisYear));
  const [planShown, setPlanShown] = useState<PlanProblems>({});
  const [saved, setSaved] = useState<Kpi | null>(null);

  const project = data?.project;
  const plans = data?.projectKpiPlans;
  // The form starts from the stored plan of the chosen KPI, if any (a save replaces it whole).
  useEffect(() => {
    if (!plans) return;
    const stored = plans.find((p) => p.kpi === plan.kpi);
    setPlanForm(stored ? planFormOf(stored) : emptyPlan(plan.kpi, thisYear));
    // Only a change of KPI (or a reload of the plans) refills the form, never typing.
  }, [plans, plan.kpi, thisYear]);

  if (loading && !data) return <ScreenLoader />;
  if (!project) return <ApiErrors error={error} />;

  const members = (data?.consortiumMembers ?? []).filter((m) => m.kind !== 'SUPPORT_BODY');
  const nameOf = (orgId: string) => data?.consortiumMembers.find((m) => m.id === orgId)?.name ?? orgId;
  const chosen = memberOrgIds ?? project.memberOrgIds;
  const lead = leadOrgId ?? project.leadOrgId;
  const years = Array.from({ length: 16 }, (_, i) => thisYear - 5 + i);
  const planErr = (field: string) => (planShown[field] ? t(planShown[field]) : undefined);
  const memberErr = (field: string) => (memberProblems[field] ? t(memberProblems[field]) : undefined);

  async function saveMembers() {
    const problems = projectMembersProblems({ leadOrgId: lead, memberOrgIds: chosen });
    setMemberProblems(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await membersAction.run(() =>
      setMembers({ variables: { input: { projectId, leadOrgId: lead, memberOrgIds: chosen } } }),
    );
    if (result?.data) {
      setMemberOrgIds(null);
      setLeadOrgId(null);
      await Promise.all([refetch(), sheet.refetch()]);
    }
  }

  async function savePlan() {
    const problems = planProblems(plan);
    setPlanShown(problems);
    setSaved(null);
    if (Object.keys(problems).length > 0) return;
    const result = await planAction.run(() => setPlan({ variables: { input: planInput(projectId, plan) } }));
    if (result?.data) {
      setSaved(result.data.setProjectKpiPlan.kpi);
      await Promise.all([refetch(), sheet.refetch()]);
    }
  }

  async function downloadCsv() {
    const result = await fileAction.run(() =>
      client.query({ query: ProjectKpiSheetCsvQuery, variables: { projectId, fiscalYear }, fetchPolicy: 'network-only' }),
    );
    const file = result?.data?.projectKpiSheetCsv;
    if (file) downloadFile(file.filename, file.contentType, file.content);
  }
  async function downloadPdf() {
    const result = await fileAction.run(() =>
      client.query({ query: ProjectKpiSheetPdfQuery, variables: { projectId, fiscalYear }, fetchPolicy: 'network-only' }),
    );
    const file = result?.data?.projectKpiSheetPdf;
    if (file) downloadFile(file.filename, file.contentType, base64Bytes(file.base64));
  }

  return (
    <Stack>
      <Anchor component={Link} to="/consortium/projects">
        {t('support.projects.back')}
      </Anchor>
      <Title order={2}>{project.name}</Title>
      <Text>{t('support.projects.line', { lead: nameOf(project.leadOrgId), count: project.memberOrgIds.length })}</Text>
      <ApiErrors error={error} />

      <Section id="project-sheet" title={t('support.projects.sheet.title')}>
        <NativeSelect
          label={t('reports.fiscalYear')}
          value={String(fiscalYear)}
          onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
          data={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, i18n.language) }))}
          w={200}
        />
        <ApiErrors error={sheet.error} />
        {sheet.loading && !sheet.data ? (
          <ScreenLoader />
        ) : (
          <KpiSheetTable
            lines={sheet.data?.projectKpiSheet.lines ?? []}
            caption={t('support.projects.sheet.caption', { name: project.name, year: formatFiscalYear(fiscalYear, i18n.language) })}
          />
        )}
        <ApiErrors error={fileAction.error} />
        <Group>
          <Button variant="default" onClick={() => void downloadPdf()} disabled={fileAction.busy}>
            {t('support.projects.sheet.pdf')}
          </Button>
          <Button variant="default" onClick={() => void downloadCsv()} disabled={fileAction.busy}>
            {t('support.projects.sheet.csv')}
          </Button>
        </Group>
      </Section>

      <Section id="project-plan" title={t('support.projects.plan.title')}>
        <Text size="sm">{t('support.projects.plan.hint')}</Text>
        <Stack
          component="form"
          aria-label={t('support.projects.plan.title')}
          onSubmit={(e) => {
            e.preventDefault();
            void savePlan();
          }}
        >
          <NativeSelect
            label={t('support.projects.plan.kpi')}
            value={plan.kpi}
            onChange={(e) => {
              setSaved(null);
              setPlanShown({});
              setPlanForm({ ...plan, kpi: e.currentTarget.value as Kpi });
            }}
            data={PLAN_KPIS.map((k) => ({
              value: k,
              label: plans?.some((p) => p.kpi === k)
                ? `${t(`reports.kpi.${k}`)} ${t('support.projects.plan.hasPlan')}`
                : t(`reports.kpi.${k}`),
            }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('support.projects.plan.baseYear')}
              value={String(plan.baseYear)}
              onChange={(e) => setPlanForm({ ...plan, baseYear: Number(e.currentTarget.value) })}
              data={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, i18n.language) }))}
            />
            <TextInput
              label={t('support.projects.plan.baseValue')}
              inputMode="numeric"
              value={plan.baseValue}
              onChange={(e) => setPlanForm({ ...plan, baseValue: e.currentTarget.value })}
              error={planErr('baseValue')}
              required
            />
            <NativeSelect
              label={t('support.projects.plan.finalYear')}
              value={String(plan.finalYear)}
              onChange={(e) => setPlanForm({ ...plan, finalYear: Number(e.currentTarget.value) })}
              data={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, i18n.language) }))}
              error={planErr('finalYear')}
            />
            <TextInput
              label={t('support.projects.plan.finalIncrease')}
              description={t('support.projects.plan.finalIncreaseHint')}
              descriptionProps={HINT}
              inputMode="numeric"
              value={plan.finalIncrease}
              onChange={(e) => setPlanForm({ ...plan, finalIncrease: e.currentTarget.value })}
              error={planErr('finalIncrease')}
              required
            />
          </SimpleGrid>
          <Text size="sm">{t('support.projects.plan.yearlyHint')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {planYears(plan).map((year) => (
              <TextInput
                key={year}
                label={t('support.projects.plan.yearTarget', { year: formatFiscalYear(year, i18n.language) })}
                inputMode="numeric"
                value={plan.yearly[year] ?? ''}
                onChange={(e) => setPlanForm({ ...plan, yearly: { ...plan.yearly, [year]: e.currentTarget.value } })}
                error={planErr(`yearly.${year}`)}
              />
            ))}
          </SimpleGrid>
          <ApiErrors error={planAction.error} />
          {saved && (
            <Text role="status" fw={700}>
              {t('support.projects.plan.saved', { kpi: t(`reports.kpi.${saved}`) })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={planAction.busy}>
              {t('support.projects.plan.save')}
            </Button>
          </Group>
        </Stack>
        {(plans ?? []).length > 0 && (
          <ScrollTable minWidth={560}>
            <Table>
              <Table.Caption>{t('support.projects.plan.stored')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.sheet.kpi')}</Table.Th>
                  <Table.Th scope="col">{t('reports.sheet.base')}</Table.Th>
                  <Table.Th scope="col">{t('reports.sheet.final')}</Table.Th>
                  <Table.Th scope="col">{t('support.projects.plan.yearly')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plans?.map((p) => (
                  <Table.Tr key={p.kpi}>
                    <Table.Th scope="row">{t(`reports.kpi.${p.kpi}`)}</Table.Th>
                    <Table.Td>
                      {formatWhole(p.baseValue, i18n.language)} ({formatFiscalYear(p.baseYear, i18n.language)})
                    </Table.Td>
                    <Table.Td>
                      {formatWhole(p.finalIncrease, i18n.language)} ({formatFiscalYear(p.finalYear, i18n.language)})
                    </Table.Td>
                    <Table.Td>
                      {p.yearlyIncreases
                        .map((y) => `${formatFiscalYear(y.fiscalYear, i18n.language)}: ${formatWhole(y.increase, i18n.language)}`)
                        .join(' / ') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>

      <Section id="project-members" title={t('support.projects.membersTitle')}>
        <Stack
          component="form"
          aria-label={t('support.projects.membersTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            void saveMembers();
          }}
        >
          <ProjectMembersFields
            members={members}
            chosen={chosen}
            onChosen={setMemberOrgIds}
            lead={lead}
            onLead={setLeadOrgId}
            error={memberErr}
          />
          <ApiErrors error={membersAction.error} />
          <Group justify="flex-end">
            <Button type="submit" variant="default" loading={membersAction.busy}>
              {t('support.projects.saveMembers')}
            </Button>
          </Group>
        </Stack>
      </Section>
    </Stack>
  );
}
