import { Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/use-session';
import { formatDate, formatMinutes, formatMonth, formatYen, previousMonth, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { useAction } from '../shell/use-action';
import type { PartnerOwnerSettlementsQuery } from '../../gql/graphql';
import { ConfirmSettlementMutation, ConsortiumMembersQuery, OwnerSettlementsQuery } from './partner.operations';

type Statement = PartnerOwnerSettlementsQuery['settlementStatements'][number];

/**
 * 精算書: the statements other members drew up of what they owe this org for its workers' hours on
 * their tasks, month by month; the partner checks the lines and confirms its side once.
 */
export function SettlementsScreen() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const session = useSession();
  // A statement is drawn up for a month that has ended: last month first.
  const [month, setMonth] = useState(previousMonth(tokyoDate()));
  const [statements, setStatements] = useState<Statement[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [loadError, setLoadError] = useState<ErrorLike | undefined>(undefined);
  const [confirm] = useMutation(ConfirmSettlementMutation);
  const action = useAction();

  const load = useCallback(async () => {
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    const members = await client.query({ query: ConsortiumMembersQuery });
    const all = members.data?.consortiumMembers ?? [];
    setNames(new Map(all.map((m) => [m.id, m.name])));
    const owners = all.filter((m) => m.id !== session.orgId && m.status === 'ACTIVE' && m.kind !== 'SUPPORT_BODY');
    const results = await Promise.all(
      owners.map((m) =>
        client.query({
          query: OwnerSettlementsQuery,
          variables: { ownerOrgId: m.id, month },
          fetchPolicy: 'network-only',
          errorPolicy: 'all',
        }),
      ),
    );
    setStatements(results.flatMap((r) => r.data?.settlementStatements ?? []).filter((s) => s.partnerOrgId === session.orgId));
    const graphQLErrors = results.flatMap((r) => (r.error && CombinedGraphQLErrors.is(r.error) ? r.error.errors : []));
    setLoadError(graphQLErrors.length > 0 ? new CombinedGraphQLErrors({ errors: graphQLErrors }) : results.find((r) => r.error)?.error);
  }, [client, month, session.orgId]);

  useEffect(() => {
    load().catch((error: ErrorLike) => setLoadError(error));
  }, [load]);

  async function confirmStatement(statement: Statement) {
    const result = await action.run(() => confirm({ variables: { ownerOrgId: statement.orgId, id: statement.id } }));
    if (result?.data) await load();
  }

  return (
    <Stack>
      <Title order={2}>{t('partner.settlements.title')}</Title>
      <TextInput
        type="month"
        label={t('partner.settlements.month')}
        value={month}
        onChange={(e) => setMonth(e.currentTarget.value)}
        w={200}
      />
      <ApiErrors error={loadError} />
      <ApiErrors error={action.error} />
      {!statements && !loadError && <ScreenLoader />}
      {statements?.length === 0 && <Text>{t('partner.settlements.none', { month: formatMonth(month, i18n.language) })}</Text>}
      {statements?.map((s) => {
        const owner = names.get(s.orgId) ?? s.orgId;
        return (
          <Stack
            key={s.id}
            component="article"
            aria-label={t('partner.settlements.of', { owner })}
            gap="xs"
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
          >
            <Group justify="space-between">
              <Text fw={700}>{t('partner.settlements.of', { owner })}</Text>
              <Badge variant="light" c="dark" data-testid="settlement-state">
                {s.partnerConfirmedAt ? t('partner.settlements.confirmed') : t('partner.settlements.unconfirmed')}
              </Badge>
            </Group>
            <Text size="sm">
              {t('partner.settlements.summary', {
                month: formatMonth(s.month, i18n.language),
                minutes: formatMinutes(s.approvedMinutes, i18n.language),
                total: formatYen(s.totalYen),
              })}
            </Text>
            <Text size="sm">
              {t('partner.settlements.ownerSide', {
                state: s.ownerConfirmedAt ? formatDate(s.ownerConfirmedAt, i18n.language) : t('partner.settlements.unconfirmed'),
              })}
            </Text>
            <ScrollTable minWidth={480}>
              <Table>
                <Table.Caption>{t('partner.settlements.lines')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('partner.settlements.task')}</Table.Th>
                    <Table.Th scope="col">{t('partner.settlements.minutes')}</Table.Th>
                    <Table.Th scope="col">{t('partner.settlements.rate')}</Table.Th>
                    <Table.Th scope="col">{t('partner.settlements.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.lines.map((line) => (
                    <Table.Tr key={`${line.claimId}-${line.adjustmentOf ?? ''}`}>
                      <Table.Td>
                        {line.title}
                        {line.adjustmentOf && ` ${t('partner.settlements.adjustment')}`}
                      </Table.Td>
                      <Table.Td>{formatMinutes(line.approvedMinutes, i18n.language)}</Table.Td>
                      <Table.Td>{formatYen(line.rateYen)}</Table.Td>
                      <Table.Td>{formatYen(line.amountYen)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            {!s.partnerConfirmedAt && (
              <Group>
                <Button onClick={() => void confirmStatement(s)} disabled={action.busy}>
                  {t('partner.settlements.confirm')}
                </Button>
              </Group>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
