import { Alert, Badge, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes, formatMonth, previousMonth, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { WorkerEntriesQuery } from './entries.operations';
import { LogForm } from './LogForm';

const STATUS_COLOR = { SUBMITTED: 'kyodo', APPROVED: 'green', RETURNED: 'orange' } as const;

/** The months a worker picks from: this one and the five before. */
function recentMonths(today: string): string[] {
  const months = [today.slice(0, 7)];
  while (months.length < 6) months.push(previousMonth(`${months[months.length - 1]}-01`));
  return months;
}

/** 作業記録: a month's entries with their status, the director's reason for a returned one, and its correction. */
export function EntriesScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = tokyoDate();
  const months = recentMonths(today);
  const [month, setMonth] = useState(months[0]);
  const { data, loading, error, refetch } = useQuery(WorkerEntriesQuery, { variables: { month } });
  if (loading && !data) return <ScreenLoader />;
  const assignments = data?.myAssignments ?? [];
  const entries = data?.myTimeEntries ?? [];
  const taskOf = (id: string) => assignments.find((a) => a.id === id)?.taskTitle ?? t('worker.untitledTask');
  const corrected = new Set(entries.map((e) => e.correctsEntryId).filter(Boolean));
  const open = assignments.filter((a) => a.status !== 'UPCOMING' && a.periodFrom <= today);
  const choices = open.map((a) => ({ id: a.id, label: a.taskTitle ?? t('worker.untitledTask'), perPiece: a.payBasis === 'PIECE' }));
  const total = entries.filter((e) => e.status !== 'RETURNED').reduce((sum, e) => sum + e.minutes, 0);

  return (
    <Stack>
      <Title order={2}>{t('worker.entries.title')}</Title>
      <ApiErrors error={error} />
      <NativeSelect
        label={t('worker.entries.month')}
        value={month}
        onChange={(e) => setMonth(e.currentTarget.value)}
        data={months.map((m) => ({ value: m, label: formatMonth(m, lang) }))}
        w={200}
      />
      <Text>{t('worker.entries.total', { duration: formatMinutes(total, lang) })}</Text>
      <Section id="worker-entries" title={t('worker.entries.list')}>
        {entries.length === 0 ? (
          <Text>{t('worker.entries.none')}</Text>
        ) : (
          <Stack gap="sm" data-testid="worker-entries">
            {entries.map((entry) => {
              const task = taskOf(entry.assignmentId);
              const label = t('worker.entries.entryOf', { date: formatDate(entry.workDate, lang), task });
              return (
                <Card key={`${entry.orgId}/${entry.id}`} withBorder component="article" aria-label={label} p="sm">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <div>
                        <Text fw={700}>{formatDate(entry.workDate, lang)}</Text>
                        <Text size="sm">{task}</Text>
                      </div>
                      <Stack gap={2} align="flex-end">
                        <Badge color={STATUS_COLOR[entry.status]} variant="light" c="dark" data-testid="entry-status">
                          {t(`worker.status.${entry.status}`)}
                        </Badge>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {formatMinutes(entry.minutes, lang)}
                        </Text>
                      </Stack>
                    </Group>
                    {entry.note && <Text size="sm">{entry.note}</Text>}
                    {entry.correctsEntryId && <Text size="sm">{t('worker.entries.isCorrection')}</Text>}
                    {entry.payMonth !== entry.workDate.slice(0, 7) && (
                      <Text size="sm">{t('worker.entries.paidIn', { month: formatMonth(entry.payMonth, lang) })}</Text>
                    )}
                    {entry.status === 'RETURNED' && (
                      <Alert color="orange" variant="light">
                        <Text size="sm" fw={700}>
                          {t('worker.entries.returnedReason')}
                        </Text>
                        <Text size="sm" data-testid="return-reason">
                          {entry.reviewComment}
                        </Text>
                      </Alert>
                    )}
                    {entry.status === 'RETURNED' &&
                      (corrected.has(entry.id) ? (
                        <Text size="sm">{t('worker.entries.correctionSent')}</Text>
                      ) : (
                        <LogForm
                          slot={`correct:${entry.id}`}
                          assignments={choices}
                          corrects={{
                            entryId: entry.id,
                            assignmentId: entry.assignmentId,
                            workDate: entry.workDate,
                            minutes: entry.minutes,
                          }}
                          today={today}
                          submitLabel={t('worker.entries.sendCorrection')}
                          onLogged={() => void refetch()}
                        />
                      ))}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        )}
      </Section>
      {choices.length > 0 && (
        <Section id="worker-log-other-day" title={t('worker.entries.otherDay')}>
          <LogForm
            slot="log:other-day"
            assignments={choices}
            today={today}
            submitLabel={t('worker.entries.log')}
            onLogged={() => void refetch()}
          />
        </Section>
      )}
    </Stack>
  );
}
