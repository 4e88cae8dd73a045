import { Badge, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AdminWorkersEnrollmentsQuery as WorkersEnrollments,
  CourseCategory,
  CourseFormat,
  CourseVisibility,
  SkillAxis,
} from '../../../gql/graphql';
import { formatMinutes } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { ScrollTable } from '../../shell/ScrollTable';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import {
  AdminCoursesQuery,
  AdminCreateCourseMutation,
  AdminSeedCatalogueMutation,
  AdminTrainingWorkersQuery,
  AdminWorkersEnrollmentsQuery,
} from './trainings.operations';

const CATEGORIES: CourseCategory[] = ['BASIC', 'IT_SKILL', 'BUSINESS_SKILL', 'WORK_TRIAL', 'ON_THE_JOB', 'CAREER'];
const FORMATS: CourseFormat[] = ['E_LEARNING', 'IN_PERSON', 'ONLINE_LIVE'];
const AXES: SkillAxis[] = ['IT', 'BUSINESS'];
const STAGES = ['A', 'B', 'C'] as const;

function Catalogue() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(AdminCoursesQuery);
  const refetch = { refetchQueries: ['AdminCourses'], awaitRefetchQueries: true };
  const [create] = useMutation(AdminCreateCourseMutation, refetch);
  const [seed] = useMutation(AdminSeedCatalogueMutation, refetch);
  const action = useAction();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<CourseCategory>('BASIC');
  const [format, setFormat] = useState<CourseFormat>('E_LEARNING');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [visibility, setVisibility] = useState<CourseVisibility>('LOCAL');
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const answer = await action.run(() =>
      create({
        variables: {
          input: { code: code.trim(), title: title.trim(), category, format, durationMinutes: Number(minutes), visibility },
        },
      }),
    );
    if (answer?.data) {
      setCreated(answer.data.createCourse.code);
      setCode('');
      setTitle('');
    }
  }

  const courses = data?.courses ?? [];
  return (
    <Section id="courses" title={t('admin.trainings.catalogue')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : courses.length === 0 ? (
        <Text size="sm">{t('admin.trainings.noCourses')}</Text>
      ) : (
        <ScrollTable minWidth={640}>
          <Table data-testid="courses">
            <Table.Caption>{t('admin.trainings.catalogue')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.trainings.code')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.courseTitle')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.category')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.format')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.duration')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.visibility')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {courses.map((course) => (
                <Table.Tr key={course.id}>
                  <Table.Td>{course.code}</Table.Td>
                  <Table.Td>{course.title}</Table.Td>
                  <Table.Td>{t(`admin.trainings.categories.${course.category}`)}</Table.Td>
                  <Table.Td>{t(`admin.trainings.formats.${course.format}`)}</Table.Td>
                  <Table.Td>{formatMinutes(course.durationMinutes, i18n.language)}</Table.Td>
                  <Table.Td>{t(`admin.trainings.visibilities.${course.visibility}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Group>
        <Button variant="outline" loading={action.busy} onClick={() => void action.run(() => seed())}>
          {t('admin.trainings.seed')}
        </Button>
      </Group>
      <form onSubmit={(e) => void submit(e)} aria-label={t('admin.trainings.create')}>
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('admin.trainings.create')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput
              label={t('admin.trainings.code')}
              description={t('admin.trainings.codeHelp')}
              descriptionProps={{ c: 'gray.7' }}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              required
              maxLength={30}
            />
            <TextInput
              label={t('admin.trainings.courseTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              maxLength={200}
            />
            <NativeSelect
              label={t('admin.trainings.category')}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as CourseCategory)}
              data={CATEGORIES.map((c) => ({ value: c, label: t(`admin.trainings.categories.${c}`) }))}
            />
            <NativeSelect
              label={t('admin.trainings.format')}
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as CourseFormat)}
              data={FORMATS.map((f) => ({ value: f, label: t(`admin.trainings.formats.${f}`) }))}
            />
            <NumberInput
              label={t('admin.trainings.durationMinutes')}
              value={minutes}
              onChange={setMinutes}
              min={1}
              max={60_000}
              allowDecimal={false}
              required
            />
            <NativeSelect
              label={t('admin.trainings.visibility')}
              value={visibility}
              onChange={(e) => setVisibility(e.currentTarget.value as CourseVisibility)}
              data={(['LOCAL', 'CONSORTIUM'] as const).map((v) => ({ value: v, label: t(`admin.trainings.visibilities.${v}`) }))}
            />
          </SimpleGrid>
          <ApiErrors error={action.error} />
          {created && (
            <Text size="sm" role="status">
              {t('admin.trainings.created', { code: created })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('admin.trainings.createButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function SkillMap() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(AdminCoursesQuery);
  const rules = data?.promotionRules ?? [];
  const titleOf = new Map((data?.courses ?? []).map((c) => [c.code, c.title]));
  return (
    <Section id="skill-map" title={t('admin.trainings.skillMap')}>
      <Text size="sm">{t('admin.trainings.skillMapIntro')}</Text>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : (
        <ScrollTable minWidth={640}>
          <Table data-testid="skill-map">
            <Table.Caption>{t('admin.trainings.skillMap')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.trainings.axis')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.stage')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.stageMeaning')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.requires')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {AXES.flatMap((axis) =>
                STAGES.map((stage) => {
                  const rule = rules.find((r) => r.axis === axis && r.toStage === stage);
                  return (
                    <Table.Tr key={`${axis}-${stage}`}>
                      <Table.Th scope="row">{t(`admin.axes.${axis}`)}</Table.Th>
                      <Table.Td>{t(`admin.stages.${stage}`)}</Table.Td>
                      <Table.Td>{t(`admin.trainings.meanings.${axis}.${stage}`)}</Table.Td>
                      <Table.Td>
                        {stage === 'A'
                          ? t('admin.trainings.entryStage')
                          : rule
                            ? t('admin.trainings.rule', {
                                courses:
                                  rule.requiredCourseCodes.map((code) => titleOf.get(code) ?? code).join('、') ||
                                  t('admin.trainings.noCourse'),
                                hours: formatMinutes(rule.minWorkMinutes, i18n.language),
                              })
                            : t('admin.trainings.noRule')}
                      </Table.Td>
                    </Table.Tr>
                  );
                }),
              )}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Section>
  );
}

type Enrollment = WorkersEnrollments['workersEnrollments'][number];

function WorkerCompletions({ rows }: { rows: readonly Enrollment[] | undefined }) {
  const { t } = useTranslation();
  if (!rows) return <Text size="sm">{t('admin.trainings.unavailable')}</Text>;
  if (rows.length === 0) return <Text size="sm">{t('admin.trainings.noneYet')}</Text>;
  return (
    <Group gap={4}>
      {rows.map((e) => (
        <Badge key={e.id} variant="light" color={e.status === 'COMPLETED' ? 'green' : 'gray'} c="dark" title={e.courseTitle}>
          {e.courseCode} {e.status === 'COMPLETED' ? t('admin.trainings.completed') : t('admin.trainings.enrolled')}
        </Badge>
      ))}
    </Group>
  );
}

/** Each worker's enrollments, from the one answer for the whole page; undefined while it is missing. */
function byWorker(enrollments: readonly Enrollment[] | undefined): Map<string, Enrollment[]> | undefined {
  if (!enrollments) return undefined;
  const grouped = new Map<string, Enrollment[]>();
  for (const e of enrollments) grouped.set(e.workerId, [...(grouped.get(e.workerId) ?? []), e]);
  return grouped;
}

function Completions() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminTrainingWorkersQuery);
  const workers = data?.workers?.nodes ?? [];
  const enrollments = useQuery(AdminWorkersEnrollmentsQuery, {
    variables: { workerIds: workers.map((w) => w.id) },
    skip: workers.length === 0,
  });
  const completions = byWorker(enrollments.data?.workersEnrollments);
  return (
    <Section id="completions" title={t('admin.trainings.completions')}>
      <ApiErrors error={error ?? enrollments.error} />
      {(loading && !data) || (enrollments.loading && !enrollments.data) ? (
        <ScreenLoader />
      ) : workers.length === 0 ? (
        <Text size="sm">{t('admin.trainings.noWorkers')}</Text>
      ) : (
        <ScrollTable minWidth={640}>
          <Table data-testid="completions">
            <Table.Caption>{t('admin.trainings.completions')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.trainings.worker')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.stages')}</Table.Th>
                <Table.Th scope="col">{t('admin.trainings.courses')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workers.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Th scope="row">{`${w.familyName ?? ''} ${w.givenName ?? ''}`.trim()}</Table.Th>
                  <Table.Td>
                    {t('admin.axes.IT')} {w.itStage} / {t('admin.axes.BUSINESS')} {w.businessStage}
                  </Table.Td>
                  <Table.Td>
                    <WorkerCompletions rows={completions ? (completions.get(w.id) ?? []) : undefined} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Section>
  );
}

/** 研修とスキルマップ: the member's courses (created here), what each stage requires, and who completed what. */
export function TrainingsScreen() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('admin.trainings.title')}</Title>
      <Text>{t('admin.trainings.intro')}</Text>
      <SkillMap />
      <Catalogue />
      <Completions />
    </Stack>
  );
}
