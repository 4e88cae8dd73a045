import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CandidateIneligibility } from '../../../gql/graphql';
import { formatMinutes, formatYen, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { CreateAssignmentMutation, CreateOfferMutation, StaffingQuery, TaskCandidatesQuery } from './staffing.operations';

interface CandidateWorker {
  id: string;
  familyName?: string | null;
  givenName?: string | null;
  familyNameKana?: string | null;
  givenNameKana?: string | null;
  itStage: string;
  businessStage: string;
  monthlyHourCap?: number | null;
}

interface Candidate {
  worker: CandidateWorker;
  reasons: CandidateIneligibility[];
  missingTrainings?: string[];
  freeMinutes?: number | null;
}

/**
 * 要員配置: the org's active workers for one task, as the server ranks them for the booking the
 * director considers (period and hours): the eligible in order, each one out with every reason.
 * From the list the director books a worker, or offers the hours to every eligible worker (手挙げ).
 */
export function StaffingScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { orderId = '', taskId = '' } = useParams();
  const { data, loading, error } = useQuery(StaffingQuery, { variables: { orderId } });
  const [createAssignment] = useMutation(CreateAssignmentMutation, { refetchQueries: ['DirectorOrder', 'DirectorTaskCandidates'] });
  const [createOffer] = useMutation(CreateOfferMutation);
  const action = useAction();
  const [assigned, setAssigned] = useState<string[]>([]);
  const [offered, setOffered] = useState<number | null>(null);
  const order = data?.order;
  const task = order?.tasks.find((candidate) => candidate.id === taskId);
  const [periodFrom, setPeriodFrom] = useState(tokyoDate());
  const [periodTo, setPeriodTo] = useState('');
  const [plannedHours, setPlannedHours] = useState('');
  // The booking runs to the order's deadline (or the contract's end) unless the director says otherwise.
  const lastDay = periodTo || (order ? [order.deadline, order.contract?.endsOn].filter((d): d is string => !!d).sort()[0] : '');
  const hours = plannedHours ? Number(plannedHours.normalize('NFKC')) : (task?.hours ?? 0);
  const minutes = Number.isFinite(hours) ? Math.round(hours * 60) : 0;
  const ready = !!task && !!lastDay && !!periodFrom && minutes > 0;
  const candidates = useQuery(TaskCandidatesQuery, {
    variables: { taskOrgId: task?.orgId ?? '', taskId, periodFrom, periodTo: lastDay, minutes },
    skip: !ready,
  });

  if (loading && !data) return <ScreenLoader />;
  if (!order || !task) {
    return (
      <Stack>
        <ApiErrors error={error} />
        <Text>{t('errors.TASK_NOT_FOUND')}</Text>
      </Stack>
    );
  }

  const rate = task.payRateYen;
  const pay = {
    payBasis: task.payBasis,
    hourlyRateYen: task.payBasis === 'HOURLY' ? rate : null,
    pieceRateYen: task.payBasis === 'PIECE' ? rate : null,
  };

  async function assign(workerId: string) {
    if (!task) return;
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
            ...pay,
            // Stages, trainings, NDA and withholding are the server's: it reads them from the task's order and category.
          },
        },
      }),
    );
    if (done) setAssigned((list) => [...list, workerId]);
  }

  async function offer() {
    if (!task) return;
    const done = await action.run(() =>
      createOffer({
        variables: {
          input: {
            taskOrgId: task.orgId,
            taskId: task.id,
            periodFrom,
            periodTo: lastDay,
            totalMinutes: minutes,
            minimumMinutes: 60,
            ...pay,
          },
        },
      }),
    );
    if (done) setOffered(done.data?.createOffer.recipients?.length ?? 0);
  }

  const nameOf = (w: CandidateWorker) => [w.familyName, w.givenName].filter(Boolean).join(' ') || t('staffing.unnamed');
  const readingOf = (w: CandidateWorker) => [w.familyNameKana, w.givenNameKana].filter(Boolean).join('\u3000');
  const list = candidates.data?.taskCandidates;

  // A render function, not a component: the cards are the screen's own markup, kept by key across renders.
  function candidateCard(candidate: Candidate, rank?: number) {
    const { worker, reasons } = candidate;
    return (
      <Card key={worker.id} withBorder component="article" aria-labelledby={`worker-${worker.id}`}>
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2}>
            <Text fw={700} id={`worker-${worker.id}`}>
              {rank !== undefined ? `${rank}. ` : ''}
              {nameOf(worker)}
            </Text>
            {readingOf(worker) && <Text size="xs">{readingOf(worker)}</Text>}
            <Text size="sm">
              {t('staffing.stage', { it: worker.itStage, business: worker.businessStage })} ·{' '}
              {t('staffing.cap', { hours: worker.monthlyHourCap ?? 0 })}
              {candidate.freeMinutes != null ? ` · ${t('staffing.room', { time: formatMinutes(candidate.freeMinutes, lang) })}` : ''}
            </Text>
            {reasons.length > 0 && (
              <Group gap={4} data-testid="ineligibility-reasons">
                {reasons.map((reason) => (
                  <Badge
                    key={reason}
                    color="red"
                    variant="light"
                    c="red.9"
                    maw="100%"
                    h="auto"
                    styles={{ label: { whiteSpace: 'normal' } }}
                  >
                    {t(`staffing.reasons.${reason}`, {
                      required: order?.requiredStage,
                      courses: (candidate.missingTrainings ?? []).join('・'),
                    })}
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
              >
                {t('staffing.assign')}
              </Button>
            ))}
        </Group>
      </Card>
    );
  }

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
          {(list?.requiredTrainings ?? order.requiredTrainings).length > 0 &&
            ` · ${t('staffing.trainings')}: ${(list?.requiredTrainings ?? order.requiredTrainings).join(', ')}`}{' '}
          · {formatYen(task.payRateYen)} / {t(`order.per.${task.payBasis}`)}
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
        <Text size="sm">{t('staffing.serverRanks')}</Text>
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
      {offered !== null && (
        <Alert color="green" variant="light" role="status">
          {t('staffing.offered', { count: offered })}
        </Alert>
      )}
      <ApiErrors error={candidates.error} />
      {!ready ? null : candidates.loading && !list ? (
        <ScreenLoader />
      ) : list ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              {t('staffing.candidates', { count: list.eligible.length })}
            </Title>
            {list.eligible.length > 0 && offered === null && (
              <Button
                variant="outline"
                loading={action.busy}
                onClick={() => void offer()}
                maw="100%"
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: 'normal' } }}
              >
                {t('staffing.offerAll', { count: list.eligible.length })}
              </Button>
            )}
          </Group>
          {list.eligible.length === 0 ? (
            <Text>{t('staffing.noEligible')}</Text>
          ) : (
            <Stack gap="sm" data-testid="staffing-candidates">
              {list.eligible.map((candidate, index) => candidateCard(candidate, index + 1))}
            </Stack>
          )}
          {list.ineligible.length > 0 && (
            <>
              <Title order={3} size="h4">
                {t('staffing.ineligible', { count: list.ineligible.length })}
              </Title>
              <Stack gap="sm" data-testid="staffing-ineligible">
                {list.ineligible.map((candidate) => candidateCard(candidate))}
              </Stack>
            </>
          )}
          {list.eligible.length + list.ineligible.length === 0 && <Text>{t('staffing.noWorkers')}</Text>}
        </>
      ) : null}
    </Stack>
  );
}
