import { Alert, Badge, Button, FileInput, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminImportBatchFragment, AdminImportResultFragment, HistoryImportKind } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { ScrollTable } from '../../shell/ScrollTable';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { fileToBase64 } from './file-base64';
import {
  ImportBatchesQuery,
  ImportOrderHistoryMutation,
  ImportWorkerHistoryMutation,
  VoidOrderImportBatchMutation,
  VoidWorkerImportBatchMutation,
} from './import.operations';

const KINDS: HistoryImportKind[] = ['ORDERS', 'SETTLEMENTS', 'INVOICES', 'INVOICE_PAYMENTS', 'WORKERS', 'PAY_STATEMENTS'];
/** Orders, settlements, invoices and payments received live on the orders node; workers and their pay on the workers node. */
const ON_ORDERS_NODE = new Set<HistoryImportKind>(['ORDERS', 'SETTLEMENTS', 'INVOICES', 'INVOICE_PAYMENTS']);

/**
 * 過去実績の取り込み: an org admin enters the town's past operations from CSV files. A dry run
 * lists every row's problems by line and writes nothing; the import is offered only once a dry
 * run of the same file found none (the server checks every row again and writes nothing unless
 * all are clean). A wrong batch is voided as a whole, with a reason, never edited.
 */
export function HistoryImportScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [kind, setKind] = useState<HistoryImportKind>('ORDERS');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<AdminImportResultFragment | null>(null);
  const [voiding, setVoiding] = useState<AdminImportBatchFragment | null>(null);
  const [reason, setReason] = useState('');
  const batches = useQuery(ImportBatchesQuery);
  const refetch = { refetchQueries: ['AdminImportBatches'], awaitRefetchQueries: true };
  const [importOrders] = useMutation(ImportOrderHistoryMutation, refetch);
  const [importWorkers] = useMutation(ImportWorkerHistoryMutation, refetch);
  const [voidOrders] = useMutation(VoidOrderImportBatchMutation, refetch);
  const [voidWorkers] = useMutation(VoidWorkerImportBatchMutation, refetch);
  const action = useAction();
  const voidAction = useAction();

  async function send(dryRun: boolean) {
    if (!file) return;
    const input = { kind, csvBase64: await fileToBase64(file), fileName: file.name, dryRun };
    const answer = await action.run(async () =>
      ON_ORDERS_NODE.has(kind)
        ? (await importOrders({ variables: { input } })).data?.importOrderHistory
        : (await importWorkers({ variables: { input } })).data?.importWorkerHistory,
    );
    if (answer) setResult(answer);
  }

  async function confirmVoid() {
    if (!voiding) return;
    const input = { batchId: voiding.id, reason: reason.trim() };
    const done = await voidAction.run(async () =>
      ON_ORDERS_NODE.has(voiding.kind)
        ? (await voidOrders({ variables: { input } })).data?.voidOrderImportBatch
        : (await voidWorkers({ variables: { input } })).data?.voidWorkerImportBatch,
    );
    if (done) {
      setVoiding(null);
      setReason('');
    }
  }

  const cleanDryRun = result?.dryRun === true && result.problems.length === 0;
  const all = [...(batches.data?.orderImportBatches ?? []), ...(batches.data?.workerImportBatches ?? [])].sort((a, b) =>
    b.importedAt.localeCompare(a.importedAt),
  );

  return (
    <Stack>
      <Title order={2}>{t('admin.import.title')}</Title>
      <Text>{t('admin.import.intro')}</Text>
      <Section id="import-file" title={t('admin.import.fileTitle')}>
        <NativeSelect
          label={t('admin.import.kind')}
          value={kind}
          onChange={(e) => {
            setKind(e.currentTarget.value as HistoryImportKind);
            setResult(null);
          }}
          data={KINDS.map((k) => ({ value: k, label: t(`admin.import.kinds.${k}`) }))}
          maw={360}
        />
        <Text size="sm">{t(`admin.import.kindHelp.${kind}`)}</Text>
        <FileInput
          label={t('admin.import.file')}
          accept=".csv,text/csv"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setResult(null);
          }}
          maw={480}
        />
        <Text size="sm">{t('admin.import.fileHelp')}</Text>
        <Group>
          <Button variant="default" disabled={!file} loading={action.busy} onClick={() => void send(true)}>
            {t('admin.import.check')}
          </Button>
          <Button disabled={!file || !cleanDryRun} loading={action.busy} onClick={() => void send(false)}>
            {t('admin.import.import')}
          </Button>
        </Group>
        <ApiErrors error={action.error} />
        {result && <ImportResult result={result} />}
      </Section>
      <Section id="import-batches" title={t('admin.import.batchesTitle')}>
        <ApiErrors error={batches.error} />
        {batches.loading && !batches.data ? (
          <ScreenLoader />
        ) : all.length === 0 ? (
          <Text>{t('admin.import.noBatches')}</Text>
        ) : (
          <ScrollTable minWidth={720}>
            <Table data-testid="import-batches">
              <Table.Caption>{t('admin.import.batchesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.import.importedAt')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.kind')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.fileName')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.rows')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.state')}</Table.Th>
                  <Table.Th scope="col">{t('admin.import.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((batch) => (
                  <Table.Tr key={batch.id}>
                    <Table.Td>{formatDate(batch.importedAt, lang)}</Table.Td>
                    <Table.Td>{t(`admin.import.kinds.${batch.kind}`)}</Table.Td>
                    <Table.Th scope="row">{batch.fileName}</Table.Th>
                    <Table.Td>{batch.rowCount}</Table.Td>
                    <Table.Td>
                      {batch.voidedAt ? (
                        <Stack gap={2}>
                          <Badge color="gray" c="dark" variant="light">
                            {t('admin.import.voided', { date: formatDate(batch.voidedAt, lang) })}
                          </Badge>
                          <Text size="xs">{batch.voidReason}</Text>
                        </Stack>
                      ) : (
                        <Badge color="teal" c="dark" variant="light">
                          {t('admin.import.standing')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!batch.voidedAt && (
                        <Button size="xs" variant="default" onClick={() => setVoiding(batch)}>
                          {t('admin.import.void', { file: batch.fileName })}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>
      <Modal
        opened={voiding !== null}
        onClose={() => setVoiding(null)}
        withCloseButton={false}
        title={t('admin.import.voidTitle', { file: voiding?.fileName ?? '' })}
      >
        <Stack>
          <Alert variant="light" color="orange" c="dark">
            {t('admin.import.voidExplain')}
          </Alert>
          <TextInput
            label={t('admin.import.voidReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            required
            data-autofocus
          />
          <ApiErrors error={voidAction.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setVoiding(null)}>
              {t('admin.import.cancel')}
            </Button>
            <Button disabled={reason.trim() === ''} loading={voidAction.busy} onClick={() => void confirmVoid()}>
              {t('admin.import.voidConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** What the server found: every problem by line and column, or that the file is clean (and, after an import, the batch). */
function ImportResult({ result }: { result: AdminImportResultFragment }) {
  const { t } = useTranslation();
  const encoding = t('admin.import.encoding', { encoding: result.encoding, rows: result.rowCount });
  if (result.problems.length > 0)
    return (
      <Stack gap="xs" data-testid="import-problems">
        <Alert variant="light" color="red" c="dark" role="alert">
          {t('admin.import.problemsFound', { count: result.problems.length })} {encoding}
        </Alert>
        <ScrollTable minWidth={560}>
          <Table>
            <Table.Caption>{t('admin.import.problemsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.import.line')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.column')}</Table.Th>
                <Table.Th scope="col">{t('admin.import.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.problems.map((p, i) => (
                <Table.Tr key={`${p.line}-${p.column ?? ''}-${i}`}>
                  <Table.Th scope="row">{p.line === 0 ? t('admin.import.wholeFile') : p.line}</Table.Th>
                  <Table.Td>{p.column ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`errors.${p.code}`)}</Text>
                    <Text size="xs" lang="en">
                      {p.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Stack>
    );
  return (
    <Alert variant="light" color="teal" c="dark" role="status" data-testid="import-clean">
      {result.batch ? t('admin.import.imported', { count: result.batch.rowCount }) : t('admin.import.clean', { count: result.rowCount })}{' '}
      {encoding}
    </Alert>
  );
}
