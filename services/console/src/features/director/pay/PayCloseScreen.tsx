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

/** 支払締め: a month's pay, closed once, with each worker's statement before and after withholding. */
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
          {(data?.payStatements ?? []).length > 0 && (
            <ScrollTable minWidth={640}>
              <Table data-testid="pay-statements">
                <Table.Caption>{t('pay.statementsOf', { month: monthLabel })}</Table.Caption>
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
                  {(data?.payStatements ?? []).map((statement) => {
                    const worker = workerOf(statement.workerId);
                    return (
                      <Table.Tr key={statement.id}>
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
          )}
        </Section>
      ) : (
        <Section id="pay-open" title={t('pay.openTitle', { month: monthLabel })}>
          <Text>{t('pay.openExplain')}</Text>
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
