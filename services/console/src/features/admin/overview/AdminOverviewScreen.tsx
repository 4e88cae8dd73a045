import { Anchor, Badge, Button, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SalesOutcome } from '../../../gql/graphql';
import { fiscalYearOf, formatDate, formatFiscalYear, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { ScrollTable } from '../../shell/ScrollTable';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { pdfUrl } from '../workers/pdf-url';
import {
  AdminChecklistQuery,
  AdminKpiSheetFilesQuery,
  AdminRecordSalesActivityMutation,
  AdminSalesActivitiesQuery,
} from './overview.operations';

const OUTCOMES: SalesOutcome[] = ['INTRODUCED', 'PROPOSED', 'FOLLOW_UP', 'ORDERED', 'DECLINED'];

function Checklist() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminChecklistQuery);
  const items = data?.onboardingChecklist ?? [];
  return (
    <Section id="checklist" title={t('admin.overview.checklist')}>
      <Text size="sm">{t('admin.overview.checklistHint')}</Text>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : items.length === 0 ? (
        <Text size="sm">{t('admin.overview.checklistEmpty')}</Text>
      ) : (
        <List spacing="xs" listStyleType="none" data-testid="checklist">
          {items.map((item) => (
            <List.Item key={item.code}>
              <Group gap="xs">
                <Badge variant="light" color={item.done ? 'green' : 'gray'} c="dark">
                  {item.done ? t('admin.overview.done') : t('admin.overview.open')}
                </Badge>
                <Text size="sm">{item.title}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function SalesLog({ fiscalYear }: { fiscalYear: number }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(AdminSalesActivitiesQuery, { variables: { fiscalYear } });
  const [record] = useMutation(AdminRecordSalesActivityMutation, { refetchQueries: ['AdminSalesActivities'], awaitRefetchQueries: true });
  const action = useAction();
  const [visitedOn, setVisitedOn] = useState(tokyoDate());
  const [prospect, setProspect] = useState('');
  const [outcome, setOutcome] = useState<SalesOutcome>('INTRODUCED');
  const [staffName, setStaffName] = useState('');
  const [note, setNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await action.run(() =>
      record({
        variables: { input: { visitedOn, prospect: prospect.trim(), outcome, staffName: staffName.trim(), note: note.trim() || null } },
      }),
    );
    if (answer?.data) {
      setProspect('');
      setNote('');
    }
  }

  const rows = data?.salesActivities ?? [];
  return (
    <Section id="sales" title={t('admin.overview.sales')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
            <TextInput
              label={t('admin.overview.visitedOn')}
              type="date"
              value={visitedOn}
              onChange={(e) => setVisitedOn(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t('admin.overview.prospect')}
              value={prospect}
              onChange={(e) => setProspect(e.currentTarget.value)}
              required
              maxLength={200}
            />
            <NativeSelect
              label={t('admin.overview.outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value as SalesOutcome)}
              data={OUTCOMES.map((o) => ({ value: o, label: t(`admin.overview.outcomes.${o}`) }))}
            />
            <TextInput
              label={t('admin.overview.staffName')}
              value={staffName}
              onChange={(e) => setStaffName(e.currentTarget.value)}
              required
              maxLength={100}
            />
            <TextInput label={t('admin.overview.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} />
          </SimpleGrid>
          <ApiErrors error={action.error} />
          <Group>
            <Button type="submit" variant="light" loading={action.busy}>
              {t('admin.overview.record')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : rows.length === 0 ? (
        <Text size="sm">{t('admin.overview.salesEmpty')}</Text>
      ) : (
        <ScrollTable minWidth={640}>
          <Table>
            <Table.Caption>
              {t('admin.overview.sales')} {formatFiscalYear(fiscalYear, i18n.language)}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.overview.visitedOn')}</Table.Th>
                <Table.Th scope="col">{t('admin.overview.prospect')}</Table.Th>
                <Table.Th scope="col">{t('admin.overview.outcome')}</Table.Th>
                <Table.Th scope="col">{t('admin.overview.staffName')}</Table.Th>
                <Table.Th scope="col">{t('admin.overview.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{formatDate(row.visitedOn, i18n.language)}</Table.Td>
                  <Table.Td>{row.prospect}</Table.Td>
                  <Table.Td>{t(`admin.overview.outcomes.${row.outcome}`)}</Table.Td>
                  <Table.Td>{row.staffName}</Table.Td>
                  <Table.Td>{row.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Section>
  );
}

function OwnReports({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const [load, { data, loading, error }] = useLazyQuery(AdminKpiSheetFilesQuery, { fetchPolicy: 'network-only' });
  const files = useMemo(
    () =>
      data
        ? [
            { filename: data.kpiSheetPdf.filename, url: pdfUrl(data.kpiSheetPdf.base64), label: 'PDF' },
            {
              filename: data.kpiSheetCsv.filename,
              url: URL.createObjectURL(new Blob([data.kpiSheetCsv.content], { type: 'text/csv;charset=utf-8' })),
              label: 'CSV',
            },
          ]
        : [],
    [data],
  );
  return (
    <Section id="own-reports" title={t('admin.overview.reports')}>
      <Text size="sm">{t('admin.overview.reportsHint')}</Text>
      <Group>
        <Button variant="light" loading={loading} onClick={() => void load({ variables: { fiscalYear } })}>
          {t('admin.overview.reports')}
        </Button>
        {files.map((file) => (
          <Anchor key={file.label} href={file.url} download={file.filename}>
            {file.label}
          </Anchor>
        ))}
      </Group>
      <ApiErrors error={error} />
    </Section>
  );
}

/** 管理メニュー: the pay close, the member's own reports, its onboarding checklist and its sales activity log. */
export function AdminOverviewScreen() {
  const { t, i18n } = useTranslation();
  const current = fiscalYearOf(tokyoDate());
  const [fiscalYear, setFiscalYear] = useState(current);
  return (
    <Stack>
      <Title order={2}>{t('admin.overview.title')}</Title>
      <Text>{t('admin.overview.intro')}</Text>
      <Section id="pay-close" title={t('admin.overview.payClose')}>
        <Text size="sm">{t('admin.overview.payCloseHint')}</Text>
        <Group>
          <Button component={Link} to="/director/pay" variant="light">
            {t('admin.overview.payClose')}
          </Button>
          <Button component={Link} to="/admin/workers" variant="outline">
            {t('admin.nav.workers')}
          </Button>
        </Group>
      </Section>
      <NativeSelect
        label={t('admin.overview.fiscalYear')}
        value={String(fiscalYear)}
        onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
        data={[current, current - 1, current - 2].map((y) => ({ value: String(y), label: formatFiscalYear(y, i18n.language) }))}
        maw={280}
      />
      <OwnReports fiscalYear={fiscalYear} />
      <SalesLog fiscalYear={fiscalYear} />
      <Checklist />
    </Stack>
  );
}
