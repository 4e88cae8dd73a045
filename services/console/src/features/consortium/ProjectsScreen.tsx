import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { Section } from '../shell/Section';
import { useAction } from '../shell/use-action';
import { ProjectMembersFields } from './ProjectMembersFields';
import { projectMembersProblems, type PlanProblems } from './project-plan';
import { CreateProjectMutation, ProjectsQuery } from './projects.operations';

/**
 * プロジェクト: named groups of members (e.g. a wide-area project led by one member) whose KPI
 * plans and sheets the support body keeps besides each member's and the consortium's. Lists
 * them with their lead and members, and creates one; a project's own screen sets its targets.
 */
export function ProjectsScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(ProjectsQuery, { fetchPolicy: 'cache-and-network' });
  const [create] = useMutation(CreateProjectMutation, { refetchQueries: [ProjectsQuery] });
  const action = useAction();
  const [name, setName] = useState('');
  const [memberOrgIds, setMemberOrgIds] = useState<string[]>([]);
  const [leadOrgId, setLeadOrgId] = useState('');
  const [shown, setShown] = useState<PlanProblems>({});
  if (loading && !data) return <ScreenLoader />;

  const members = (data?.consortiumMembers ?? []).filter((m) => m.kind !== 'SUPPORT_BODY');
  const nameOf = (orgId: string) => data?.consortiumMembers.find((m) => m.id === orgId)?.name ?? orgId;
  const err = (field: string) => (shown[field] ? t(shown[field]) : undefined);

  async function submit() {
    const problems = projectMembersProblems({ name, leadOrgId, memberOrgIds });
    setShown(problems);
    if (Object.keys(problems).length > 0) return;
    const result = await action.run(() => create({ variables: { input: { name: name.trim(), leadOrgId, memberOrgIds } } }));
    const project = result?.data?.createProject;
    if (project) await navigate(`/consortium/projects/${project.id}`);
  }

  return (
    <Stack>
      <Title order={2}>{t('support.projects.title')}</Title>
      <Text>{t('support.projects.intro')}</Text>
      <ApiErrors error={error} />
      <Section id="projects-list" title={t('support.projects.list')}>
        {(data?.projects ?? []).length === 0 ? (
          <Text>{t('support.projects.none')}</Text>
        ) : (
          <ScrollTable minWidth={640}>
            <Table striped>
              <Table.Caption>{t('support.projects.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('support.projects.name')}</Table.Th>
                  <Table.Th scope="col">{t('support.projects.lead')}</Table.Th>
                  <Table.Th scope="col">{t('support.projects.members')}</Table.Th>
                  <Table.Th scope="col">{t('support.projects.since')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.projects.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/consortium/projects/${p.id}`}>
                        {p.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{nameOf(p.leadOrgId)}</Table.Td>
                    <Table.Td>{p.memberOrgIds.map(nameOf).join('、')}</Table.Td>
                    <Table.Td>{formatDate(p.createdAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>
      <Section id="projects-create" title={t('support.projects.create')}>
        <Stack
          component="form"
          aria-label={t('support.projects.create')}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <TextInput
            label={t('support.projects.name')}
            description={t('support.projects.nameHint')}
            descriptionProps={{ c: 'dark.6' }}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            required
          />
          <ProjectMembersFields
            members={members}
            chosen={memberOrgIds}
            onChosen={setMemberOrgIds}
            lead={leadOrgId}
            onLead={setLeadOrgId}
            error={err}
          />
          <ApiErrors error={action.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={action.busy}>
              {t('support.projects.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </Section>
    </Stack>
  );
}
