import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useSession } from '../../app/use-session';
import { formatDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';

const WorkerHomeQuery = graphql(`
  query WorkerHome {
    courses {
      orgId
      id
      code
      title
      format
      durationMinutes
    }
  }
`);

/** The mark the home-screen benchmark reads: the screen shows its data. */
export const WORKER_HOME_READY_MARK = 'kyodo:worker-home-ready';

/**
 * 今日の作業: a resident teleworker's start page, phone first. Today it greets and lists the
 * trainings open to the worker; offers, hours and pay join it as the self-service API lands.
 */
export function WorkerHomeScreen() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { data, loading, error } = useQuery(WorkerHomeQuery);
  const courses = data?.courses ?? [];

  useEffect(() => {
    if (data) performance.mark(WORKER_HOME_READY_MARK);
  }, [data]);

  return (
    <Stack>
      <Title order={2}>{t('worker.greeting', { name: session.name })}</Title>
      <Text>{t('worker.today', { date: formatDate(new Date(), i18n.language) })}</Text>
      <Alert variant="light">{t('worker.comingSoon')}</Alert>
      <ApiErrors error={error} />
      <Title order={3} size="h4">
        {t('worker.courses')}
      </Title>
      {loading && !data ? (
        <ScreenLoader />
      ) : courses.length === 0 ? (
        <Text>{t('worker.noCourses')}</Text>
      ) : (
        <Stack gap="sm" data-testid="worker-courses">
          {courses.map((course) => (
            <Card key={`${course.orgId}/${course.id}`} withBorder component="article">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700}>{course.title}</Text>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t('worker.minutes', { minutes: course.durationMinutes })}
                </Text>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
