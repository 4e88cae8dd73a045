import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportMemberChecklistQuery } from '../../gql/graphql';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { useAction } from '../shell/use-action';
import { checklistMatrix } from './checklist-matrix';
import { MembersOverviewQuery, MemberChecklistQuery, SetChecklistItemMutation } from './support.operations';

type Item = SupportMemberChecklistQuery['onboardingChecklist'][number];

/**
 * 受入れチェックリスト: every onboarded member's checklist side by side, one column per member.
 * The support body ticks what it does itself (training the first director); what only a member
 * can attest shows its state and who ticked it.
 */
export function ChecklistScreen() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [members, setMembers] = useState<{ id: string; name: string; items: Item[] }[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorLike | undefined>(undefined);
  const [setItem] = useMutation(SetChecklistItemMutation);
  const action = useAction();
  /** A tick shows at once; the list read after the mutation settles it (or puts it back on a refusal). */
  const [pending, setPending] = useState<Record<string, boolean>>({});

  const load = useCallback(async () => {
    const overview = await client.query({ query: MembersOverviewQuery, fetchPolicy: 'network-only' });
    const candidates = (overview.data?.consortiumMembers ?? []).filter((m) => m.kind !== 'SUPPORT_BODY');
    const lists = await Promise.all(
      candidates.map(async (m) => ({
        member: m,
        result: await client.query({
          query: MemberChecklistQuery,
          variables: { orgId: m.id },
          fetchPolicy: 'network-only',
          errorPolicy: 'all',
        }),
      })),
    );
    setMembers(
      lists
        .filter(({ result }) => (result.data?.onboardingChecklist ?? []).length > 0)
        .map(({ member, result }) => ({ id: member.id, name: member.name, items: result.data?.onboardingChecklist ?? [] })),
    );
    const errors = lists.flatMap(({ result }) => (result.error && CombinedGraphQLErrors.is(result.error) ? result.error.errors : []));
    setLoadError(errors.length > 0 ? new CombinedGraphQLErrors({ errors }) : undefined);
  }, [client]);

  useEffect(() => {
    load().catch((error: ErrorLike) => setLoadError(error));
  }, [load]);

  if (!members) return loadError ? <ApiErrors error={loadError} /> : <ScreenLoader />;
  const matrix = checklistMatrix(members);

  async function tick(orgId: string, code: Item['code'], done: boolean) {
    const key = `${orgId}/${code}`;
    setPending((all) => ({ ...all, [key]: done }));
    const result = await action.run(() => setItem({ variables: { orgId, code, done } }));
    if (result?.data) await load();
    setPending((all) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== key)));
  }

  return (
    <Stack>
      <Title order={2}>{t('support.checklist.title')}</Title>
      <ApiErrors error={loadError} />
      <ApiErrors error={action.error} />
      {members.length === 0 && <Text>{t('support.checklist.none')}</Text>}
      {members.length > 0 && (
        <ScrollTable minWidth={360 + members.length * 140}>
          <Table striped>
            <Table.Caption>{t('support.checklist.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('support.checklist.item')}</Table.Th>
                {matrix.members.map((m) => (
                  <Table.Th scope="col" key={m.id}>
                    {m.name}
                    <Text size="xs">{t('support.checklist.doneCount', { done: m.done, total: m.total })}</Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {matrix.rows.map((row) => (
                <Table.Tr key={row.code}>
                  <Table.Th scope="row">
                    {row.title}
                    <Text size="xs">{t(`support.checklist.category.${row.category}`)}</Text>
                  </Table.Th>
                  {matrix.members.map((m) => {
                    const cell = row.cells[m.id];
                    if (!cell) return <Table.Td key={m.id}>—</Table.Td>;
                    return (
                      <Table.Td key={m.id}>
                        {cell.tickableBy.includes('ConsortiumAdmin') ? (
                          <Checkbox
                            checked={pending[`${m.id}/${row.code}`] ?? cell.done}
                            disabled={action.busy}
                            onChange={(e) => void tick(m.id, row.code, e.currentTarget.checked)}
                            aria-label={t('support.checklist.tickOf', { name: m.name, title: row.title })}
                          />
                        ) : (
                          <Text size="sm">
                            {cell.done ? t('support.checklist.doneBy', { by: cell.doneBy ?? '' }) : t('support.checklist.byMember')}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
