import { Accordion, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerStatus } from '../../../gql/graphql';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { RegisterWorkerForm } from './RegisterWorkerForm';
import { WorkerDetail } from './WorkerDetail';
import { AdminWorkersQuery } from './workers.operations';

const STATUS_COLOR: Record<WorkerStatus, string> = { REGISTERED: 'gray', ACTIVE: 'green', INACTIVE: 'orange' };

/** ワーカー管理: the member's workers, registered, corrected, invited and certified by its org admin; no account id in sight. */
export function WorkersScreen() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WorkerStatus | ''>('');
  const { data, loading, error, fetchMore } = useQuery(AdminWorkersQuery, { variables: { status: status || null } });
  const workers = data?.workers?.nodes ?? [];
  const page = data?.workers?.pageInfo;

  return (
    <Stack>
      <Title order={2}>{t('admin.workers.title')}</Title>
      <RegisterWorkerForm />
      <ApiErrors error={error} />
      <NativeSelect
        label={t('admin.workers.filter')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as WorkerStatus | '')}
        data={[
          { value: '', label: t('admin.workers.all') },
          ...(['REGISTERED', 'ACTIVE', 'INACTIVE'] as const).map((s) => ({ value: s, label: t(`admin.statuses.${s}`) })),
        ]}
        maw={280}
      />
      {loading && !data ? (
        <ScreenLoader />
      ) : workers.length === 0 ? (
        <Text>{t('admin.workers.empty')}</Text>
      ) : (
        <Accordion variant="separated" data-testid="admin-workers" chevronPosition="left">
          {workers.map((worker) => {
            const name = `${worker.familyName ?? ''} ${worker.givenName ?? ''}`.trim();
            return (
              <Accordion.Item key={worker.id} value={worker.id}>
                <Accordion.Control>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0}>
                      <Text fw={700}>{name}</Text>
                      <Text size="sm">
                        {worker.familyNameKana} {worker.givenNameKana}
                        {worker.email ? ` ・ ${worker.email}` : ''}
                      </Text>
                    </Stack>
                    <Group gap="xs">
                      {worker.status && (
                        <Badge color={STATUS_COLOR[worker.status]} variant="light" c="dark">
                          {t(`admin.statuses.${worker.status}`)}
                        </Badge>
                      )}
                      <Badge variant="outline" c="dark">
                        IT {worker.itStage} / {t('admin.axes.BUSINESS')} {worker.businessStage}
                      </Badge>
                      <Badge variant="light" color={worker.hasLogin ? 'blue' : 'gray'} c="dark">
                        {worker.hasLogin ? t('admin.workers.hasLogin') : t('admin.workers.noLogin')}
                      </Badge>
                    </Group>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <WorkerDetail worker={worker} />
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      )}
      {page?.hasNextPage && (
        <Group>
          <Button
            variant="outline"
            onClick={() =>
              void fetchMore({
                variables: { after: page.endCursor },
                updateQuery: (previous, { fetchMoreResult }) =>
                  previous.workers && fetchMoreResult.workers
                    ? {
                        workers: {
                          ...fetchMoreResult.workers,
                          nodes: [...previous.workers.nodes, ...fetchMoreResult.workers.nodes],
                        },
                      }
                    : fetchMoreResult,
              })
            }
          >
            {t('admin.workers.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
