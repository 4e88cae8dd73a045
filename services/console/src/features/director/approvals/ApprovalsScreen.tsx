import { Button, Checkbox, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { useAction } from '../../shell/use-action';
import { ApprovalQueueQuery, ApproveTimeEntriesMutation, ReturnTimeEntryMutation } from './approvals.operations';
import { ScrollTable } from '../../shell/ScrollTable';

interface QueueEntry {
  id: string;
  workerName: string;
  taskTitle: string;
  workDate: string;
  minutes: number;
  quantity?: number | null;
  note?: string | null;
}

/**
 * 承認待ち: every submitted time entry of the org, oldest day first, in one list the server keeps
 * (submittedTimeEntries). Approve many at once — all or none, so a refusal names what to fix and
 * nothing half-happens — or return one with a reason the worker reads.
 */
export function ApprovalsScreen() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ApprovalQueueQuery, { fetchPolicy: 'network-only' });
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<QueueEntry | null>(null);
  const [comment, setComment] = useState('');
  const [approveEntries] = useMutation(ApproveTimeEntriesMutation);
  const [returnEntry] = useMutation(ReturnTimeEntryMutation);
  const action = useAction();
  const [approvedCount, setApprovedCount] = useState(0);

  const entries = useMemo((): QueueEntry[] | null => {
    if (!data) return null;
    const names = new Map((data.workers?.nodes ?? []).map((w) => [w.id, [w.familyName, w.givenName].filter(Boolean).join(' ')]));
    return (data.submittedTimeEntries ?? []).map((entry) => ({
      id: entry.id,
      workerName: names.get(entry.workerId) || t('staffing.unnamed'),
      taskTitle: entry.assignment?.task?.title ?? '—',
      workDate: entry.workDate,
      minutes: entry.minutes,
      quantity: entry.quantity,
      note: entry.note,
    }));
  }, [data, t]);

  async function reload() {
    const fresh = await refetch();
    const ids = new Set((fresh.data?.submittedTimeEntries ?? []).map((e) => e.id));
    setSelected((current) => current.filter((id) => ids.has(id)));
  }

  async function approveSelected() {
    const ids = [...selected];
    const done = await action.run(() => approveEntries({ variables: { ids } }));
    if (done) {
      setApprovedCount(done.data?.approveTimeEntries.length ?? ids.length);
      setSelected([]);
      await reload();
    }
  }

  async function submitReturn() {
    if (!returning) return;
    const done = await action.run(() => returnEntry({ variables: { id: returning.id, comment: comment.trim() } }));
    if (done) {
      setReturning(null);
      setComment('');
      await reload();
    }
  }

  const all = entries ?? [];
  const allSelected = all.length > 0 && selected.length === all.length;

  return (
    <Stack>
      <Title order={2}>{t('approvals.title')}</Title>
      <ApiErrors error={error} />
      <ApiErrors error={action.error} />
      {approvedCount > 0 && (
        <Text role="status" c="green.9">
          {t('approvals.approved', { count: approvedCount })}
        </Text>
      )}
      {entries === null && loading ? (
        <ScreenLoader />
      ) : all.length === 0 ? (
        <Text>{t('approvals.empty')}</Text>
      ) : (
        <>
          <Group>
            <Button onClick={() => void approveSelected()} disabled={selected.length === 0} loading={action.busy}>
              {t('approvals.approveSelected', { count: selected.length })}
            </Button>
          </Group>
          <ScrollTable minWidth={560}>
            <Table data-testid="approvals">
              <Table.Caption>{t('approvals.caption', { count: all.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <Checkbox
                      aria-label={t('approvals.selectAll')}
                      checked={allSelected}
                      indeterminate={selected.length > 0 && !allSelected}
                      onChange={() => setSelected(allSelected ? [] : all.map((e) => e.id))}
                    />
                  </Table.Th>
                  <Table.Th scope="col">{t('approvals.worker')}</Table.Th>
                  <Table.Th scope="col">{t('approvals.task')}</Table.Th>
                  <Table.Th scope="col">{t('approvals.day')}</Table.Th>
                  <Table.Th scope="col">{t('approvals.time')}</Table.Th>
                  <Table.Th scope="col">{t('approvals.note')}</Table.Th>
                  <Table.Th scope="col">{t('order.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((entry) => {
                  const label = t('approvals.entryLabel', { worker: entry.workerName, date: formatDate(entry.workDate, i18n.language) });
                  return (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('approvals.select', { entry: label })}
                          checked={selected.includes(entry.id)}
                          onChange={(e) => {
                            const checked = e.currentTarget.checked;
                            setSelected((current) => (checked ? [...current, entry.id] : current.filter((id) => id !== entry.id)));
                          }}
                        />
                      </Table.Td>
                      <Table.Th scope="row">{entry.workerName}</Table.Th>
                      <Table.Td>{entry.taskTitle}</Table.Td>
                      <Table.Td>{formatDate(entry.workDate, i18n.language)}</Table.Td>
                      <Table.Td>
                        {formatMinutes(entry.minutes, i18n.language)}
                        {entry.quantity ? ` · ${t('order.pieces', { count: entry.quantity })}` : ''}
                      </Table.Td>
                      <Table.Td>{entry.note}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          onClick={() => setReturning(entry)}
                          aria-label={t('approvals.returnEntry', { entry: label })}
                        >
                          {t('approvals.return')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </>
      )}
      <Modal
        opened={returning !== null}
        onClose={() => setReturning(null)}
        title={
          returning
            ? t('approvals.returnEntry', {
                entry: t('approvals.entryLabel', { worker: returning.workerName, date: formatDate(returning.workDate, i18n.language) }),
              })
            : ''
        }
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submitReturn();
          }}
        >
          <Stack>
            <Textarea
              label={t('approvals.reason')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              required
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus
            />
            <Button type="submit" color="red" disabled={!comment.trim()} loading={action.busy}>
              {t('approvals.return')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
