import { Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fiscalYearOf, formatDate, formatFiscalYear, formatWareki, formatYen } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { InvoicePdfQuery, InvoicesQuery, IssueInvoiceMutation } from './invoices.operations';
import { pdfUrl } from './pdf';
import { ScrollTable } from '../../shell/ScrollTable';

/** Opens an invoice's PDF: fetched on demand (it is large), then shown by the browser. */
function PdfLink({ invoiceId, label }: { invoiceId: string; label: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const action = useAction();
  const [file, setFile] = useState<{ url: string; filename: string } | null>(null);
  async function load() {
    await action.run(async () => {
      const result = await client.query({ query: InvoicePdfQuery, variables: { id: invoiceId }, fetchPolicy: 'no-cache' });
      if (result.error) throw result.error;
      if (result.data?.invoicePdf) setFile({ url: pdfUrl(result.data.invoicePdf.base64), filename: result.data.invoicePdf.filename });
    });
  }
  return (
    <Stack gap={4}>
      {file ? (
        <Anchor href={file.url} target="_blank" rel="noopener" download={file.filename} data-testid="invoice-pdf-link">
          {t('invoices.openPdf', { file: file.filename })}
        </Anchor>
      ) : (
        <Button
          size="xs"
          variant="light"
          loading={action.busy}
          onClick={() => void load()}
          aria-label={t('invoices.pdfOf', { invoice: label })}
        >
          {t('invoices.pdf')}
        </Button>
      )}
      <ApiErrors error={action.error} />
    </Stack>
  );
}

/** 請求書: issue an invoice for a client's accepted orders, and the fiscal year's invoices with their PDFs. */
export function InvoicesScreen() {
  const { t, i18n } = useTranslation();
  const current = fiscalYearOf(new Date());
  const [fiscalYear, setFiscalYear] = useState(current);
  const { data, loading, error } = useQuery(InvoicesQuery, { variables: { fiscalYear } });
  const [issueInvoice] = useMutation(IssueInvoiceMutation, {
    refetchQueries: ['DirectorInvoices', 'OrdersBoard'],
    awaitRefetchQueries: true,
  });
  const action = useAction();
  const [picked, setPicked] = useState<string[]>([]);
  const lang = i18n.language;

  if (loading && !data) return <ScreenLoader />;
  const clientName = (id: string) => data?.clients?.find((c) => c.id === id)?.name ?? id;
  const accepted = data?.orders?.nodes ?? [];
  const byClient = [...new Set(accepted.map((o) => o.client.id))].map((clientId) => ({
    clientId,
    orders: accepted.filter((o) => o.client.id === clientId),
  }));

  async function issue(clientId: string, orderIds: string[]) {
    const done = await action.run(() => issueInvoice({ variables: { input: { clientId, orderIds } } }));
    if (done) setPicked((list) => list.filter((id) => !orderIds.includes(id)));
  }

  return (
    <Stack>
      <Title order={2}>{t('invoices.title')}</Title>
      <ApiErrors error={error} />
      <Section id="invoices-to-issue" title={t('invoices.toIssue')}>
        {byClient.length === 0 ? (
          <Text>{t('invoices.nothingToIssue')}</Text>
        ) : (
          byClient.map(({ clientId, orders }) => {
            const chosen = orders.filter((o) => picked.includes(o.id)).map((o) => o.id);
            return (
              <Card key={clientId} withBorder component="article" aria-labelledby={`bill-${clientId}`}>
                <Stack gap="xs">
                  <Title order={4} size="h5" id={`bill-${clientId}`}>
                    {orders[0].client.name}
                  </Title>
                  {orders.map((order) => (
                    <Checkbox
                      key={order.id}
                      label={`${order.title} (${formatYen(order.valueYen)})`}
                      checked={picked.includes(order.id)}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setPicked((list) => (checked ? [...list, order.id] : list.filter((id) => id !== order.id)));
                      }}
                    />
                  ))}
                  <Group>
                    <Button disabled={chosen.length === 0} loading={action.busy} onClick={() => void issue(clientId, chosen)}>
                      {t('invoices.issue', { count: chosen.length })}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            );
          })
        )}
        <ApiErrors error={action.error} />
      </Section>

      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('invoices.issued')}
        </Title>
        <NativeSelect
          label={t('invoices.fiscalYear')}
          value={String(fiscalYear)}
          onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
          data={[current, current - 1, current - 2].map((year) => ({ value: String(year), label: formatFiscalYear(year, lang) }))}
        />
      </Group>
      {(data?.invoices ?? []).length === 0 ? (
        <Text>{t('invoices.none')}</Text>
      ) : (
        <ScrollTable minWidth={640}>
          <Table data-testid="invoices">
            <Table.Caption>{t('invoices.caption', { year: formatFiscalYear(fiscalYear, lang) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('invoices.number')}</Table.Th>
                <Table.Th scope="col">{t('invoices.issuedOn')}</Table.Th>
                <Table.Th scope="col">{t('invoices.client')}</Table.Th>
                <Table.Th scope="col">{t('invoices.subtotal')}</Table.Th>
                <Table.Th scope="col">{t('invoices.tax')}</Table.Th>
                <Table.Th scope="col">{t('invoices.total')}</Table.Th>
                <Table.Th scope="col">PDF</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.invoices ?? []).map((invoice) => {
                // An invoice imported from the town's books keeps its own number and has no PDF here.
                const label =
                  invoice.number === null || invoice.number === undefined
                    ? t('invoices.importedLabel', { reference: invoice.importReference ?? '' })
                    : t('invoices.label', { number: invoice.number });
                return (
                  <Table.Tr key={invoice.id}>
                    <Table.Th scope="row">
                      {label}{' '}
                      {invoice.importBatchId && (
                        <Badge variant="light" color="gray" c="dark">
                          {t(invoice.voidedAt ? 'invoices.importedVoided' : 'invoices.imported')}
                        </Badge>
                      )}
                      {invoice.kind === 'CREDIT_NOTE' && (
                        <Badge variant="light" c="dark">
                          {t('invoices.creditNote')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>
                      {formatDate(invoice.issuedOn, lang)}
                      {lang === 'ja' && <Text size="xs">{formatWareki(invoice.issuedOn)}</Text>}
                    </Table.Td>
                    <Table.Td>{clientName(invoice.clientId)}</Table.Td>
                    <Table.Td>{formatYen(invoice.subtotalYen)}</Table.Td>
                    <Table.Td>{formatYen(invoice.taxYen)}</Table.Td>
                    <Table.Td fw={700}>{formatYen(invoice.totalYen)}</Table.Td>
                    <Table.Td>{invoice.importBatchId ? '—' : <PdfLink invoiceId={invoice.id} label={label} />}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Text size="sm">
        <Anchor component={Link} to="/director/orders">
          {t('nav.orders')}
        </Anchor>
      </Text>
    </Stack>
  );
}
