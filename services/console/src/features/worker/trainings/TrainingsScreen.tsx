import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { WorkerRequiredTrainingsQuery, WorkerTrainingsQuery } from './trainings.operations';

/** 研修: the trainings the worker's work and open offers still need, and every enrollment with its result. */
export function TrainingsScreen() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const required = useQuery(WorkerRequiredTrainingsQuery);
  const codes = [
    ...new Set([
      ...(required.data?.myAssignments ?? []).filter((a) => a.status !== 'ENDED').flatMap((a) => a.requiredTrainings),
      ...(required.data?.myOffers?.nodes ?? []).filter((o) => o.status === 'OPEN').flatMap((o) => o.requiredTrainings),
    ]),
  ].sort();
  const trainings = useQuery(WorkerTrainingsQuery, { variables: { courseCodes: codes }, skip: required.loading && !required.data });
  if ((required.loading && !required.data) || (trainings.loading && !trainings.data)) return <ScreenLoader />;
  const missing = trainings.data?.myMissingTrainings ?? [];
  const enrollments = trainings.data?.myEnrollments ?? [];

  return (
    <Stack>
      <Title order={2}>{t('worker.trainings.title')}</Title>
      <ApiErrors error={required.error ?? trainings.error} />
      <Section id="worker-missing-trainings" title={t('worker.trainings.missing')}>
        {missing.length === 0 ? (
          <Text>{t('worker.trainings.noneMissing')}</Text>
        ) : (
          <Stack gap={4} data-testid="worker-missing-trainings">
            <Text size="sm">{t('worker.trainings.missingHint')}</Text>
            {missing.map((code) => (
              <Badge key={code} color="orange" variant="light" c="dark">
                {code}
              </Badge>
            ))}
          </Stack>
        )}
      </Section>
      <Section id="worker-enrollments" title={t('worker.trainings.enrollments')}>
        {enrollments.length === 0 ? (
          <Text>{t('worker.trainings.noEnrollments')}</Text>
        ) : (
          <Stack gap="sm" data-testid="worker-enrollments">
            {enrollments.map((e) => (
              <Card key={`${e.orgId}/${e.id}`} withBorder component="article" aria-label={e.courseTitle} p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <Text fw={700}>{e.courseTitle}</Text>
                    <Text size="sm">
                      {e.completedAt
                        ? t('worker.trainings.completedOn', { date: formatDate(e.completedAt, lang) })
                        : t('worker.trainings.enrolledOn', { date: formatDate(e.enrolledAt, lang) })}
                      {e.score != null && ` ・ ${t('worker.trainings.score', { score: e.score })}`}
                    </Text>
                  </div>
                  <Badge color={e.status === 'COMPLETED' ? 'green' : 'kyodo'} variant="light" c="dark" style={{ flexShrink: 0 }}>
                    {t(`worker.trainings.status.${e.status}`)}
                  </Badge>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Section>
    </Stack>
  );
}
