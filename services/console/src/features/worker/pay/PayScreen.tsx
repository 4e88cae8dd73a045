import { Badge, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes, formatMonth, formatWarekiMonth, formatYen, previousMonth, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { PdfButton } from '../PdfButton';
import { PaymentCertificateQuery, WorkCertificateQuery, WorkerPayQuery } from './pay.operations';

/** This month and the 23 before: a certificate covers at most 24 months. */
function certificateMonths(today: string): string[] {
  const months = [today.slice(0, 7)];
  while (months.length < 24) months.push(previousMonth(`${months[months.length - 1]}-01`));
  return months;
}

/** 報酬・証明書: pay statements per closed month, and certificates of work and of pay for a chosen period. */
export function PayScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const client = useApolloClient();
  const { data, loading, error } = useQuery(WorkerPayQuery);
  const months = certificateMonths(tokyoDate());
  // A certificate usually covers the last year: from eleven months ago to this month.
  const [from, setFrom] = useState(months[11]);
  const [to, setTo] = useState(months[0]);
  if (loading && !data) return <ScreenLoader />;
  const statements = data?.myPayStatements ?? [];
  const taskOf = (id: string) => data?.myAssignments?.find((a) => a.id === id)?.taskTitle ?? t('worker.untitledTask');
  const monthOptions = months.map((m) => ({ value: m, label: formatMonth(m, lang) }));
  const range = { from: from <= to ? from : to, to: from <= to ? to : from };

  return (
    <Stack>
      <Title order={2}>{t('worker.pay.title')}</Title>
      <ApiErrors error={error} />
      <Section id="worker-statements" title={t('worker.pay.statements')}>
        {statements.length === 0 ? (
          <Text>{t('worker.pay.none')}</Text>
        ) : (
          <Stack gap="sm" data-testid="worker-statements">
            {statements.map((s) => (
              <Card key={`${s.orgId}/${s.id}`} withBorder component="article" aria-label={formatMonth(s.month, lang)} p="sm">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={700}>
                        {formatMonth(s.month, lang)}
                        {lang === 'ja' && <Text span size="sm" fw={400}>{`（${formatWarekiMonth(s.month)}）`}</Text>}
                      </Text>
                      {s.imported && (
                        <Badge
                          size="sm"
                          variant="light"
                          color="gray"
                          c="dark"
                          title={t('worker.pay.importedHint')}
                          data-testid="statement-imported"
                        >
                          {t('worker.pay.imported')}
                        </Badge>
                      )}
                    </Group>
                    <Text fw={700} data-testid="statement-net">
                      {formatYen(s.netYen)}
                    </Text>
                  </Group>
                  <Table withRowBorders={false} verticalSpacing={2} fz="sm">
                    <Table.Tbody>
                      <Table.Tr>
                        <Table.Th scope="row">{t('worker.pay.minutes')}</Table.Th>
                        <Table.Td ta="right">{formatMinutes(s.minutes, lang)}</Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Th scope="row">{t('worker.pay.gross')}</Table.Th>
                        <Table.Td ta="right">{formatYen(s.grossYen)}</Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Th scope="row">{t('worker.pay.withholding')}</Table.Th>
                        <Table.Td ta="right">{formatYen(s.withholdingYen)}</Table.Td>
                      </Table.Tr>
                      <Table.Tr>
                        <Table.Th scope="row">{t('worker.pay.net')}</Table.Th>
                        <Table.Td ta="right">{formatYen(s.netYen)}</Table.Td>
                      </Table.Tr>
                    </Table.Tbody>
                  </Table>
                  {s.lines.map((line, i) => (
                    <Text key={i} size="sm">
                      {taskOf(line.assignmentId)}：{formatMinutes(line.minutes, lang)} × {formatYen(line.rateYen)} ={' '}
                      {formatYen(line.amountYen)}
                      {line.adjustmentOf && ` ${t('worker.pay.adjustment', { month: formatMonth(line.adjustmentOf, lang) })}`}
                    </Text>
                  ))}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
      <Section id="worker-certificates" title={t('worker.pay.certificates')}>
        <Text size="sm">{t('worker.pay.certificatesHint')}</Text>
        <Group gap="sm" wrap="wrap">
          <NativeSelect
            label={t('worker.pay.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            data={monthOptions}
            w={150}
          />
          <NativeSelect label={t('worker.pay.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} data={monthOptions} w={150} />
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-start">
          <PdfButton
            key={`work-${range.from}-${range.to}`}
            label={t('worker.pay.workCertificate')}
            testId="work-certificate-link"
            load={async () => {
              const result = await client.query({ query: WorkCertificateQuery, variables: range, fetchPolicy: 'no-cache' });
              if (result.error) throw result.error;
              return result.data?.myWorkCertificate;
            }}
          />
          <PdfButton
            key={`pay-${range.from}-${range.to}`}
            label={t('worker.pay.paymentCertificate')}
            testId="payment-certificate-link"
            load={async () => {
              const result = await client.query({ query: PaymentCertificateQuery, variables: range, fetchPolicy: 'no-cache' });
              if (result.error) throw result.error;
              return result.data?.myPaymentCertificate;
            }}
          />
        </Group>
      </Section>
    </Stack>
  );
}
