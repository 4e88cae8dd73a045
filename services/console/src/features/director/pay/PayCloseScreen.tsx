import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes, formatMonth, formatWarekiMonth, formatYen, previousMonth, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { ClosePayMonthMutation, PayMonthQuery } from './pay.operations';
import { ScrollTable } from '../../shell/ScrollTable';

/** A statement row, closed or previewed: the same columns either way. */
interface StatementRow {
  key: string;
  workerId: string;
  minutes: number;
  grossYen: string;
  withholdingBaseYen: string;
  withholdingYen: string;
  netYen: string;
}

/** The last twelve months that have ended, newest first: only an ended month can be closed. */
function endedMonths(today: string): string[] {
  const months: string[] = [];
  let month = previousMonth(today);
  for (let i = 0; i < 12; i += 1) {
    months.push(month);
    month = previousMonth(`${month}-01`);
  }
  return months;
}

/**
 * 支払締め: a month's pay — previewed first (the server computes each worker's statement with
 * withholding without writing), closed once, then its statements before and after withholding.
 */
export function PayCloseScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const months = endedMonths(tokyoDate());
  const [month, setMonth] = useState(months[0]);
  const { data, loading, error } = useQuery(PayMonthQuery, { variables: { month } });
  const [closePayMonth] = useMutation(ClosePayMonthMutation, { refetchQueries: ['DirectorPayMonth'], awaitRefetchQueries: true });
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const payMonth = data?.payMonth;
  const workerOf = (id: string) => data?.workers?.nodes.find((w) => w.id === id);
  const preview = data?.payMonthPreview;

  function statementTable(testId: string, caption: string, rows: StatementRow[]) {
    return (
      <ScrollTable minWidth={640}>
        <Table data-testid={testId}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pay.worker')}</Table.Th>
              <Table.Th scope="col">{t('pay.time')}</Table.Th>
              <Table.Th scope="col">{t('pay.gross')}</Table.Th>
              <Table.Th scope="col">{t('pay.withholdingBase')}</Table.Th>
              <Table.Th scope="col">{t('pay.withholding')}</Table.Th>
              <Table.Th scope="col">{t('pay.net')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((statement) => {
              const worker = workerOf(statement.workerId);
              return (
                <Table.Tr key={statement.key}>
                  <Table.Th scope="row">
                    {worker ? [worker.familyName, worker.givenName].filter(Boolean).join(' ') : statement.workerId}
                    {worker?.familyNameKana && (
                      <Text size="xs">{[worker.familyNameKana, worker.givenNameKana].filter(Boolean).join('\u3000')}</Text>
                    )}
                  </Table.Th>
                  <Table.Td>{formatMinutes(statement.minutes, lang)}</Table.Td>
                  <Table.Td>{formatYen(statement.grossYen)}</Table.Td>
                  <Table.Td>{formatYen(statement.withholdingBaseYen)}</Table.Td>
                  <Table.Td>{formatYen(statement.withholdingYen)}</Table.Td>
                  <Table.Td fw={700}>{formatYen(statement.netYen)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    );
  }
  const monthLabel = lang === 'ja' ? `${formatMonth(month, lang)}（${formatWarekiMonth(month)}）` : formatMonth(month, lang);

  return (
    <Stack>
      <Title order={2}>{t('pay.title')}</Title>
      <NativeSelect
        label={t('pay.month')}
        value={month}
        onChange={(e) => setMonth(e.currentTarget.value)}
        data={months.map((m) => ({ value: m, label: formatMonth(m, lang) }))}
        maw={240}
      />
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : payMonth ? (
        <Section id="pay-closed" title={t('pay.closedTitle', { month: monthLabel })}>
          <Text size="sm">{t('pay.closedAt', { date: formatDate(payMonth.closedAt, lang) })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 4 }} data-testid="pay-totals">
            <Text>{t('pay.statements', { count: payMonth.statementCount })}</Text>
            <Text>
              {t('pay.gross')}: {formatYen(payMonth.grossYen)}
            </Text>
            <Text>
              {t('pay.withholding')}: {formatYen(payMonth.withholdingYen)}
            </Text>
            <Text fw={700}>
              {t('pay.net')}: {formatYen(payMonth.netYen)}
            </Text>
          </SimpleGrid>
          {(data?.payStatements ?? []).length > 0 &&
            statementTable(
              'pay-statements',
              t('pay.statementsOf', { month: monthLabel }),
              (data?.payStatements ?? []).map((s) => ({ ...s, key: s.id })),
            )}
        </Section>
      ) : (
        <Section id="pay-open" title={t('pay.openTitle', { month: monthLabel })}>
          <Text>{t('pay.openExplain')}</Text>
          {preview && (
            <>
              <Title order={3} size="h5">
                {t('pay.previewTitle')}
              </Title>
              {preview.awaitingReview > 0 && (
                <Alert variant="light" color="orange" c="dark" data-testid="pay-awaiting">
                  {t('pay.awaitingReview', { count: preview.awaitingReview })}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 4 }} data-testid="pay-preview-totals">
                <Text>{t('pay.statements', { count: preview.statements.length })}</Text>
                <Text>
                  {t('pay.gross')}: {formatYen(preview.grossYen)}
                </Text>
                <Text>
                  {t('pay.withholding')}: {formatYen(preview.withholdingYen)}
                </Text>
                <Text fw={700}>
                  {t('pay.net')}: {formatYen(preview.netYen)}
                </Text>
              </SimpleGrid>
              {preview.statements.length > 0 &&
                statementTable(
                  'pay-preview',
                  t('pay.previewOf', { month: monthLabel }),
                  preview.statements.map((s) => ({ ...s, key: s.workerId })),
                )}
            </>
          )}
          <Group>
            <Button onClick={() => setConfirming(true)}>{t('pay.close', { month: formatMonth(month, lang) })}</Button>
          </Group>
        </Section>
      )}
      <ApiErrors error={action.error} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('pay.confirmTitle', { month: monthLabel })}>
        <Stack>
          <Alert variant="light" color="orange" c="dark">
            {t('pay.confirmText')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('pay.cancel')}
            </Button>
            <Button
              loading={action.busy}
              onClick={() => void action.run(() => closePayMonth({ variables: { month } })).then(() => setConfirming(false))}
              data-autofocus
            >
              {t('pay.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
