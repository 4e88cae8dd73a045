import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatYen, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { monthsOf, rankWorkers } from './eligibility';
import { CreateAssignmentMutation, StaffingQuery } from './staffing.operations';

/** 要員配置: the org's active workers ranked for one task, and booking one of them on it. */
export function StaffingScreen() {
  const { t, i18n } = useTranslation();
  const { orderId = '', taskId = '' } = useParams();
  const { data, loading, error } = useQuery(StaffingQuery, { variables: { orderId } });
  const [createAssignment] = useMutation(CreateAssignmentMutation, { refetchQueries: ['DirectorOrder'] });
  const action = useAction();
  const [assigned, setAssigned] = useState<string[]>([]);
  const order = data?.order;
  const task = order?.tasks.find((candidate) => candidate.id === taskId);
  const today = tokyoDate();
  const [periodFrom, setPeriodFrom] = useState(today);
  const [periodTo, setPeriodTo] = useState('');
  const [plannedHours, setPlannedHours] = useState('');
  // The booking runs to the order's deadline (or the contract's end) unless the director says otherwise.
  const lastDay = periodTo || (order ? [order.deadline, order.contract?.endsOn].filter((d): d is string => !!d).sort()[0] : '');
  const hours = plannedHours ? Number(plannedHours.normalize('NFKC')) : (task?.hours ?? 0);
  const minutes = Math.round(hours * 60);

  const ranked = useMemo(
    () =>
      order && lastDay
        ? rankWorkers(data?.workers?.nodes ?? [], {
            requiredStage: order.requiredStage,
            confidential: order.confidentiality === 'CONFIDENTIAL',
            minutesPerMonth: Math.ceil(minutes / monthsOf(periodFrom, lastDay)),
          })
        : [],
    [order, data, lastDay, minutes, periodFrom],
  );

  if (loading && !data) return <ScreenLoader />;
  if (!order || !task) {
    return (
      <Stack>
        <ApiErrors error={error} />
        <Text>{t('errors.TASK_NOT_FOUND')}</Text>
      </Stack>
    );
  }

  async function assign(workerId: string) {
    if (!order || !task) return;
    const rate = task.payRateYen;
    const done = await action.run(() =>
      createAssignment({
        variables: {
          input: {
            workerId,
            taskOrgId: task.orgId,
            taskId: task.id,
            periodFrom,
            periodTo: lastDay,
            plannedMinutes: minutes,
            payBasis: task.payBasis,
            hourlyRateYen: task.payBasis === 'HOURLY' ? rate : null,
            pieceRateYen: task.payBasis === 'PIECE' ? rate : null,
            // Stages, trainings, NDA and withholding are the server's: it reads them from the task's order and category.
          },
        },
      }),
    );
    if (done) setAssigned((list) => [...list, workerId]);
  }

  const nameOf = (w: { familyName?: string | null; givenName?: string | null }) =>
    [w.familyName, w.givenName].filter(Boolean).join(' ') || t('staffing.unnamed');
  const readingOf = (w: { familyNameKana?: string | null; givenNameKana?: string | null }) =>
    [w.familyNameKana, w.givenNameKana].filter(Boolean).join('\u3000');

  return (
    <Stack>
      <Anchor component={Link} to={`/director/orders/${encodeURIComponent(order.id)}`}>
        ← {order.title}
      </Anchor>
      <Title order={2}>{t('staffing.title', { task: task.title })}</Title>
      <ApiErrors error={error} />
      <Section id="staffing-terms" title={t('staffing.terms')}>
        <Text size="sm">
          {t('order.requiredStage')}: {t(`order.stages.${order.requiredStage}`)} ·{' '}
          {t(`order.confidentialityLevels.${order.confidentiality}`)}
          {order.requiredTrainings.length > 0 && ` · ${t('staffing.trainings')}: ${order.requiredTrainings.join(', ')}`} ·{' '}
          {formatYen(task.payRateYen)} / {t(`order.per.${task.payBasis}`)}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('staffing.from')}
            type="date"
            value={periodFrom}
            onChange={(e) => setPeriodFrom(e.currentTarget.value)}
            required
          />
          <TextInput label={t('staffing.to')} type="date" value={lastDay} onChange={(e) => setPeriodTo(e.currentTarget.value)} required />
          <TextInput
            label={t('staffing.plannedHours')}
            inputMode="numeric"
            value={plannedHours || String(task.hours)}
            onChange={(e) => setPlannedHours(e.currentTarget.value)}
            required
          />
        </SimpleGrid>
        {order.requiredTrainings.length > 0 && <Text size="sm">{t('staffing.trainingChecked')}</Text>}
      </Section>
      <ApiErrors error={action.error} />
      {assigned.length > 0 && (
        <Alert color="green" variant="light" role="status">
          {t('staffing.assigned', { count: assigned.length })}{' '}
          <Anchor component={Link} to={`/director/orders/${encodeURIComponent(order.id)}`}>
            {t('staffing.backToOrder')}
          </Anchor>
        </Alert>
      )}
      <Title order={3} size="h4">
        {t('staffing.candidates')}
      </Title>
      {ranked.length === 0 ? (
        <Text>{t('staffing.noWorkers')}</Text>
      ) : (
        <Stack gap="sm" data-testid="staffing-candidates">
          {ranked.map(({ worker, stage, reasons }, index) => (
            <Card key={worker.id} withBorder component="article" aria-labelledby={`worker-${worker.id}`}>
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Text fw={700} id={`worker-${worker.id}`}>
                    {reasons.length === 0 ? `${index + 1}. ` : ''}
                    {nameOf(worker)}
                  </Text>
                  {readingOf(worker) && <Text size="xs">{readingOf(worker)}</Text>}
                  <Text size="sm">
                    {t('staffing.stage', { it: worker.itStage, business: worker.businessStage })} ·{' '}
                    {t('staffing.cap', { hours: worker.monthlyHourCap ?? 0 })}
                    {worker.ndaSignedOn ? ` · ${t('staffing.ndaOn', { date: formatDate(worker.ndaSignedOn, i18n.language) })}` : ''}
                  </Text>
                  {reasons.length > 0 && (
                    <Group gap={4}>
                      {reasons.map((reason) => (
                        <Badge key={reason} color="red" variant="light" c="red.9">
                          {t(`staffing.reasons.${reason}`, { stage: stage, required: order.requiredStage })}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Stack>
                {reasons.length === 0 &&
                  (assigned.includes(worker.id) ? (
                    <Badge color="green" variant="light" c="green.9">
                      {t('staffing.done')}
                    </Badge>
                  ) : (
                    <Button
                      loading={action.busy}
                      onClick={() => void assign(worker.id)}
                      aria-label={t('staffing.assignWorker', { name: nameOf(worker) })}
                      disabled={!lastDay || !(minutes > 0)}
                    >
                      {t('staffing.assign')}
                    </Button>
                  ))}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
