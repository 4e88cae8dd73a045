import { Button, Code, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { ScrollTable } from '../../shell/ScrollTable';
import { actionKey, auditActionLabel, formatAuditTime, ACTION_FILTERS, ENTITY_FILTERS } from './audit-labels';
import { AdminAuditLogQuery } from './audit.operations';

interface Filter {
  from: string;
  to: string;
  actor: string;
  action: string;
  entityType: string;
}

/** 監査ログ: who did what to which record, newest first; filters by days (Japan time), person, action and kind of record. */
export function AuditLogScreen() {
  const { t, i18n } = useTranslation();
  const today = tokyoDate();
  const [draft, setDraft] = useState<Filter>({ from: addDays(today, -30), to: today, actor: '', action: '', entityType: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const variables = {
    from: filter.from || null,
    to: filter.to || null,
    actor: filter.actor.trim() || null,
    action: filter.action || null,
    entityType: filter.entityType || null,
  };
  const { data, loading, error, fetchMore } = useQuery(AdminAuditLogQuery, { variables });
  const entries = data?.auditLog?.nodes ?? [];
  const page = data?.auditLog?.pageInfo;
  const set = (key: keyof Filter) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
  }

  return (
    <Stack>
      <Title order={2}>{t('admin.audit.title')}</Title>
      <Text>{t('admin.audit.intro')}</Text>
      <form onSubmit={submit} aria-label={t('admin.audit.search')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
            <TextInput label={t('admin.audit.from')} type="date" value={draft.from} onChange={set('from')} />
            <TextInput label={t('admin.audit.to')} type="date" value={draft.to} onChange={set('to')} />
            <TextInput label={t('admin.audit.actor')} value={draft.actor} onChange={set('actor')} maxLength={255} />
            <NativeSelect
              label={t('admin.audit.action')}
              value={draft.action}
              onChange={set('action')}
              data={[
                { value: '', label: t('admin.audit.anyAction') },
                ...ACTION_FILTERS.map((a) => ({ value: a, label: t(`admin.audit.actions.${actionKey(a)}`) })),
              ]}
            />
            <NativeSelect
              label={t('admin.audit.entityType')}
              value={draft.entityType}
              onChange={set('entityType')}
              data={[
                { value: '', label: t('admin.audit.anyEntity') },
                ...ENTITY_FILTERS.map((e) => ({ value: e, label: t(`admin.audit.entities.${e}`) })),
              ]}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit">{t('admin.audit.search')}</Button>
          </Group>
        </Stack>
      </form>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : entries.length === 0 ? (
        <Text>{t('admin.audit.empty')}</Text>
      ) : (
        <ScrollTable minWidth={800}>
          <Table striped data-testid="audit-log">
            <Table.Caption>{t('admin.audit.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.audit.at')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.who')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.what')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.target')}</Table.Th>
                <Table.Th scope="col">{t('admin.audit.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatAuditTime(entry.at, i18n.language)}</Table.Td>
                  <Table.Td>{entry.actorName ?? t('admin.audit.unknownActor')}</Table.Td>
                  <Table.Td>{auditActionLabel(t, entry.action)}</Table.Td>
                  <Table.Td>
                    {t(`admin.audit.entities.${entry.entityType}`, { defaultValue: entry.entityType })}
                    {entry.entityType === 'Login' ? `: ${entry.entityId}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Code>{entry.detail}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {page?.hasNextPage && (
        <Group>
          <Button
            variant="outline"
            onClick={() =>
              void fetchMore({
                variables: { after: page.endCursor },
                updateQuery: (previous, { fetchMoreResult }) =>
                  previous.auditLog && fetchMoreResult.auditLog
                    ? { auditLog: { ...fetchMoreResult.auditLog, nodes: [...previous.auditLog.nodes, ...fetchMoreResult.auditLog.nodes] } }
                    : fetchMoreResult,
              })
            }
          >
            {t('admin.audit.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
