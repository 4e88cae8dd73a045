import { Button, Checkbox, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { useAction } from '../../shell/use-action';
import {
  ApprovalWorkersQuery,
  ApproveTimeEntryMutation,
  AssignmentEntriesQuery,
  ReturnTimeEntryMutation,
  WorkerAssignmentsQuery,
} from './approvals.operations';
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

/** What a partial answer brought along (a member's node down): shown, while the rest stays usable. */
function errorsOf(results: { error?: ErrorLike }[]): ErrorLike | undefined {
  const graphQLErrors = results.flatMap((r) => (r.error && CombinedGraphQLErrors.is(r.error) ? r.error.errors : []));
  if (graphQLErrors.length > 0) return new CombinedGraphQLErrors({ errors: graphQLErrors });
  return results.find((r) => r.error)?.error;
}

/**
 * 承認待ち: every submitted time entry of the org's workers, oldest day first. Gathered worker
 * by worker and assignment by assignment (the API has no org-wide list of submitted entries);
 * approve many at once, return one with a reason.
 */
export function ApprovalsScreen() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [entries, setEntries] = useState<QueueEntry[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorLike | undefined>(undefined);
  const [selected, setSelected] = useState<string[]>([]);
  const [returning, setReturning] = useState<QueueEntry | null>(null);
  const [comment, setComment] = useState('');
  const [approveEntry] = useMutation(ApproveTimeEntryMutation);
  const [returnEntry] = useMutation(ReturnTimeEntryMutation);
  const action = useAction();
  const [approvedCount, setApprovedCount] = useState(0);

  const load = useCallback(async () => {
    const workers = await client.query({ query: ApprovalWorkersQuery, fetchPolicy: 'network-only' });
    const people = workers.data?.workers?.nodes ?? [];
    const assignmentResults = await Promise.all(
      people.map(async (worker) => ({
        worker,
        result: await client.query({ query: WorkerAssignmentsQuery, variables: { workerId: worker.id }, fetchPolicy: 'network-only' }),
      })),
    );
    const assignments = assignmentResults.flatMap(({ worker, result }) =>
      (result.data?.workerAssignments ?? []).map((assignment) => ({ worker, assignment })),
    );
    const entryResults = await Promise.all(
      assignments.map(async ({ worker, assignment }) => ({
        worker,
        assignment,
        result: await client.query({
          query: AssignmentEntriesQuery,
          variables: { assignmentId: assignment.id },
          fetchPolicy: 'network-only',
        }),
      })),
    );
    const queue = entryResults.flatMap(({ worker, assignment, result }) =>
      (result.data?.timeEntries ?? [])
        .filter((entry) => entry.status === 'SUBMITTED')
        .map((entry): QueueEntry => ({
          id: entry.id,
          workerName: [worker.familyName, worker.givenName].filter(Boolean).join(' '),
          taskTitle: assignment.task?.title ?? '—',
          workDate: entry.workDate,
          minutes: entry.minutes,
          quantity: entry.quantity,
          note: entry.note,
        })),
    );
    queue.sort((a, b) => a.workDate.localeCompare(b.workDate) || a.workerName.localeCompare(b.workerName));
    setLoadError(errorsOf([workers, ...assignmentResults.map((r) => r.result), ...entryResults.map((r) => r.result)]));
    setEntries(queue);
    setSelected((current) => current.filter((id) => queue.some((e) => e.id === id)));
  }, [client]);

  useEffect(() => {
    load().catch((error: unknown) => {
      setLoadError(error as ErrorLike);
      setEntries([]);
    });
  }, [load]);

  async function approveSelected() {
    const ids = [...selected];
    // One mutation per entry (the API approves one at a time); a refusal of one keeps the others.
    const results = await action.run(async () => {
      const outcomes = await Promise.allSettled(ids.map((id) => approveEntry({ variables: { id } })));
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      setApprovedCount(outcomes.filter((o) => o.status === 'fulfilled').length);
      if (failed) throw failed.reason;
      return outcomes;
    });
    void results;
    await load();
  }

  async function submitReturn() {
    if (!returning) return;
    const done = await action.run(() => returnEntry({ variables: { id: returning.id, comment: comment.trim() } }));
    if (done) {
      setReturning(null);
      setComment('');
      await load();
    }
  }

  const all = entries ?? [];
  const allSelected = all.length > 0 && selected.length === all.length;

  return (
    <Stack>
      <Title order={2}>{t('approvals.title')}</Title>
      <ApiErrors error={loadError} />
      <ApiErrors error={action.error} />
      {approvedCount > 0 && (
        <Text role="status" c="green.9">
          {t('approvals.approved', { count: approvedCount })}
        </Text>
      )}
      {entries === null ? (
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
