import { Anchor, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format';
import type { SupportMembersOverviewQuery } from '../../gql/graphql';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { useAction } from '../shell/use-action';
import { memberNodeHealth } from './onboarding-wizard';
import { CheckNodeMutation, MembersOverviewQuery, SetMemberStatusMutation } from './support.operations';

type Member = SupportMembersOverviewQuery['consortiumMembers'][number];
type Circuit = SupportMembersOverviewQuery['memberNodes'][number]['circuits'][number];

/** Every live gateway replica's circuit for the node: "閉 ×2" when they agree, each state counted when they do not. */
function circuitSummary(circuits: readonly Circuit[], t: TFunction): string {
  if (circuits.length === 0) return t('support.nodes.circuitUnknown');
  const counts = new Map<string, number>();
  for (const c of circuits) counts.set(c.state, (counts.get(c.state) ?? 0) + 1);
  return [...counts]
    .map(([state, count]) => t('support.nodes.circuitCount', { state: t(`support.nodes.circuitState.${state}`), count }))
    .join(' / ');
}

/**
 * 会員一覧: every member with its nodes as routing sees them (status, last check, schema version,
 * the gateway's circuit), a check on demand, and suspend / resume (routing to a suspended member
 * stops; its data stays).
 */
export function MembersScreen() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MembersOverviewQuery, { fetchPolicy: 'cache-and-network' });
  const [setStatus] = useMutation(SetMemberStatusMutation);
  const [checkNode] = useMutation(CheckNodeMutation);
  const action = useAction();
  const [confirming, setConfirming] = useState<Member | null>(null);
  if (loading && !data) return <ScreenLoader />;
  const nodesOf = (orgId: string) =>
    (data?.memberNodes ?? []).filter((n) => n.orgId === orgId).sort((a, b) => a.subgraph.localeCompare(b.subgraph));
  const nameOf = (orgId: string) => data?.consortiumMembers.find((m) => m.id === orgId)?.name ?? orgId;

  async function toggle(member: Member) {
    setConfirming(null);
    const status = member.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE';
    const result = await action.run(() => setStatus({ variables: { id: member.id, status } }));
    if (result?.data) await refetch();
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('support.members.title')}</Title>
        <Group>
          <Anchor component={Link} to="/consortium/onboard">
            {t('support.members.onboard')}
          </Anchor>
          <Anchor component={Link} to="/consortium/checklist">
            {t('support.members.checklist')}
          </Anchor>
        </Group>
      </Group>
      <ApiErrors error={error} />
      <ApiErrors error={action.error} />
      {(data?.consortiumMembers ?? []).map((member) => {
        const nodes = nodesOf(member.id);
        const health = memberNodeHealth(nodes);
        return (
          <Stack
            key={member.id}
            component="article"
            aria-label={member.name}
            gap="xs"
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
          >
            <Group justify="space-between">
              <Group gap="xs">
                <Text fw={700}>{member.name}</Text>
                <Text size="sm">({member.id})</Text>
                <Badge variant="light" c="dark" data-testid="member-status">
                  {t(`support.members.status.${member.status}`)}
                </Badge>
                {member.kind !== 'SUPPORT_BODY' && (
                  <Badge variant="outline" c="dark">
                    {t(`support.members.health.${health}`)}
                  </Badge>
                )}
              </Group>
              {member.kind !== 'SUPPORT_BODY' && (
                <Button
                  variant={member.status === 'ACTIVE' ? 'outline' : 'filled'}
                  color={member.status === 'ACTIVE' ? 'red.8' : undefined}
                  onClick={() => setConfirming(member)}
                  disabled={action.busy}
                  aria-label={t(member.status === 'ACTIVE' ? 'support.members.suspendOf' : 'support.members.resumeOf', {
                    name: member.name,
                  })}
                >
                  {t(member.status === 'ACTIVE' ? 'support.members.suspend' : 'support.members.resume')}
                </Button>
              )}
            </Group>
            <Text size="sm">
              {t('support.members.line', {
                kind: t(`support.kind.${member.kind}`),
                form: t(`support.form.${member.operatingForm}`),
                prefecture: member.prefecture ?? '—',
                since: formatDate(member.createdAt, i18n.language),
              })}
              {member.partnerOperatorId && ` · ${t('support.members.partner', { name: nameOf(member.partnerOperatorId) })}`}
            </Text>
            {nodes.length > 0 && (
              <ScrollTable minWidth={720}>
                <Table>
                  <Table.Caption>{t('support.members.nodesOf', { name: member.name })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('support.nodes.subgraph')}</Table.Th>
                      <Table.Th scope="col">{t('support.nodes.status')}</Table.Th>
                      <Table.Th scope="col">{t('support.nodes.schema')}</Table.Th>
                      <Table.Th scope="col">{t('support.nodes.lastChecked')}</Table.Th>
                      <Table.Th scope="col">{t('support.nodes.circuit')}</Table.Th>
                      <Table.Th scope="col">{t('support.nodes.problem')}</Table.Th>
                      <Table.Th scope="col">{t('support.nodes.action')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {nodes.map((node) => (
                      <Table.Tr key={node.id}>
                        <Table.Td>
                          {node.subgraph}
                          <Text size="xs">{node.url}</Text>
                        </Table.Td>
                        <Table.Td>{t(`support.nodes.state.${node.status}`)}</Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace" title={node.schemaHash ?? undefined}>
                            {node.schemaHash ? node.schemaHash.slice(0, 12) : '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{node.lastCheckedAt ? formatDate(node.lastCheckedAt, i18n.language) : '—'}</Table.Td>
                        <Table.Td data-testid="node-circuit">{circuitSummary(node.circuits, t)}</Table.Td>
                        <Table.Td>
                          <Text size="xs">{node.schemaProblem ?? node.lastError ?? '—'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="default"
                            disabled={action.busy}
                            onClick={() => void action.run(() => checkNode({ variables: { id: node.id } }))}
                            aria-label={t('support.nodes.checkOf', { name: member.name, subgraph: node.subgraph })}
                          >
                            {t('support.nodes.check')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Stack>
        );
      })}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={
          confirming
            ? t(confirming.status === 'ACTIVE' ? 'support.members.suspendOf' : 'support.members.resumeOf', { name: confirming.name })
            : ''
        }
      >
        <Stack>
          <Text>{confirming?.status === 'ACTIVE' ? t('support.members.suspendWhy') : t('support.members.resumeWhy')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('support.cancel')}
            </Button>
            <Button color={confirming?.status === 'ACTIVE' ? 'red.8' : undefined} onClick={() => confirming && void toggle(confirming)}>
              {t(confirming?.status === 'ACTIVE' ? 'support.members.suspendConfirm' : 'support.members.resumeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
