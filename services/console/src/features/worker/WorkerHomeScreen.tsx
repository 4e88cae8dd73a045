import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/use-session';
import { formatDate, formatMinutes, formatYen, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { Section } from '../shell/Section';
import { WorkerHomeQuery } from './home.operations';
import { QuickLog } from './QuickLog';
import { homeVariables } from './home-variables';
import { groupByDay, isWithin, overlapsWeek, weekOf } from './week';

/** The mark the home-screen benchmark reads: the screen shows its data. */
export const WORKER_HOME_READY_MARK = 'kyodo:worker-home-ready';

/**
 * 今日の作業: a resident teleworker's start page, phone first. Today's work with a two-tap log of
 * the day's hours, this week's days, and what waits for the worker's answer (offers, terms).
 */
export function WorkerHomeScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const today = tokyoDate();
  const week = useMemo(() => weekOf(today), [today]);
  const { data, loading, error, refetch } = useQuery(WorkerHomeQuery, { variables: homeVariables(today) });
  // Shown: the data (from the early start, while the screen asks again) or the answer's error.
  const shown = Boolean(data) || !loading;

  useEffect(() => {
    if (shown && performance.getEntriesByName(WORKER_HOME_READY_MARK).length === 0) performance.mark(WORKER_HOME_READY_MARK);
  }, [shown]);

  const assignments = data?.myAssignments ?? [];
  const todays = assignments.filter((a) => a.status !== 'ENDED' && isWithin(a, today));
  const laterThisWeek = assignments.filter((a) => a.status !== 'ENDED' && !isWithin(a, today) && overlapsWeek(a, week));
  const fetched = [...(data?.weekEntries ?? []), ...(data?.otherMonthEntries ?? [])];
  // A returned entry that has its correction needs nothing more from the worker.
  const corrected = new Set(fetched.map((e) => e.correctsEntryId).filter(Boolean));
  const entries = fetched.filter((e) => !(e.status === 'RETURNED' && corrected.has(e.id)));
  const days = groupByDay(week, entries);
  const todayMinutes = (assignmentId: string) =>
    entries
      .filter((e) => e.assignmentId === assignmentId && e.workDate === today && e.status !== 'RETURNED')
      .reduce((s, e) => s + e.minutes, 0);
  const openOffers = (data?.myOffers?.nodes ?? []).filter((o) => o.status === 'OPEN' && o.myResponse === 'PENDING').length;
  const termsToAccept =
    (data?.myCommissionTerms ?? []).filter((c) => !c.acceptedAt).length +
    (data?.myBasicContracts ?? []).filter((c) => !c.acceptedAt).length;
  const returned = entries.filter((e) => e.status === 'RETURNED').length;

  return (
    <Stack>
      <Title order={2}>{t('worker.greeting', { name: session.name })}</Title>
      <Text>{t('worker.today', { date: formatDate(today, lang) })}</Text>
      <ApiErrors error={error} />
      {(openOffers > 0 || termsToAccept > 0) && (
        <Alert variant="light" title={t('worker.home.waiting')} data-testid="worker-waiting">
          <Stack gap={4}>
            {openOffers > 0 && <Text size="sm">{t('worker.home.openOffers', { count: openOffers })}</Text>}
            {termsToAccept > 0 && <Text size="sm">{t('worker.home.termsToAccept', { count: termsToAccept })}</Text>}
            <Anchor component={Link} to="/worker/offers" fw={700} c="kyodo.9" underline="always">
              {t('worker.home.toOffers')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {returned > 0 && (
        <Alert color="orange" variant="light">
          <Anchor component={Link} to="/worker/entries" c="dark" fw={700} underline="always">
            {t('worker.home.returned', { count: returned })}
          </Anchor>
        </Alert>
      )}
      <Section id="worker-today" title={t('worker.home.todayWork')}>
        {loading && !data ? (
          <ScreenLoader />
        ) : todays.length === 0 ? (
          <Text>{t('worker.home.noWorkToday')}</Text>
        ) : (
          <Stack gap="sm" data-testid="worker-today">
            {todays.map((a) => {
              const label = a.taskTitle ?? t('worker.untitledTask');
              const logged = todayMinutes(a.id);
              return (
                <Card key={`${a.orgId}/${a.id}`} withBorder component="article" aria-label={label} p="sm">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        <Text fw={700}>{label}</Text>
                        <Text size="sm">{[a.orderTitle, a.clientLabel].filter(Boolean).join('・')}</Text>
                      </div>
                      {a.hourlyRateYen && (
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {t('worker.perHour', { yen: formatYen(a.hourlyRateYen) })}
                        </Text>
                      )}
                    </Group>
                    <Text size="sm">
                      {t('worker.progress', {
                        logged: formatMinutes(a.loggedMinutes, lang),
                        planned: formatMinutes(a.plannedMinutes, lang),
                      })}
                      {logged > 0 && ` ・ ${t('worker.home.loggedToday', { duration: formatMinutes(logged, lang) })}`}
                    </Text>
                    <QuickLog
                      assignmentId={a.id}
                      taskLabel={label}
                      perPiece={a.payBasis === 'PIECE'}
                      today={today}
                      onLogged={() => void refetch()}
                    />
                    <Anchor component={Link} to={`/worker/tasks/${a.taskOrgId}/${a.taskId}`} size="sm">
                      {t('worker.home.instructionsOf', { task: label })}
                    </Anchor>
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        )}
      </Section>
      <Section id="worker-week" title={t('worker.home.thisWeek')}>
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="worker-week">
          {days.map((d) => (
            <Group key={d.day} component="li" justify="space-between" wrap="nowrap" fw={d.day === today ? 700 : undefined}>
              <Text size="sm">{formatDate(d.day, lang)}</Text>
              <Group gap={6} wrap="nowrap">
                {d.returned > 0 && (
                  <Badge color="orange" variant="light" c="dark" size="sm">
                    {t('worker.status.RETURNED')}
                  </Badge>
                )}
                <Text size="sm">{d.minutes > 0 ? formatMinutes(d.minutes, lang) : '—'}</Text>
              </Group>
            </Group>
          ))}
        </Stack>
        {laterThisWeek.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={700}>
              {t('worker.home.laterThisWeek')}
            </Text>
            {laterThisWeek.map((a) => (
              <Text key={`${a.orgId}/${a.id}`} size="sm">
                {t('worker.home.startsOn', { task: a.taskTitle ?? t('worker.untitledTask'), date: formatDate(a.periodFrom, lang) })}
              </Text>
            ))}
          </Stack>
        )}
        <Anchor component={Link} to="/worker/entries" size="sm">
          {t('worker.home.toEntries')}
        </Anchor>
      </Section>
    </Stack>
  );
}
