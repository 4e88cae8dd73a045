import { Alert, Anchor, Button, Code, Group, NativeSelect, Radio, Stack, Stepper, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupportOnboardMemberMutation } from '../../gql/graphql';
import { ApiErrors } from '../errors/ApiErrors';
import { useAction } from '../shell/use-action';
import {
  adminProblems,
  EMPTY_WIZARD,
  memberProblems,
  NODE_SUBGRAPHS,
  nodeProblems,
  onboardInput,
  placementOf,
  type MemberKind,
  type OperatingForm,
  type Placement,
  type WizardForm,
  type WizardProblems,
} from './onboarding-wizard';
import { PREFECTURES } from './prefectures';
import { MembersOverviewQuery, OnboardMemberMutation } from './support.operations';

type Onboarded = SupportOnboardMemberMutation['onboardMember'];

/** Mantine's dimmed description grey is below 4.5:1 on white: hints are dark text. */
const HINT = { c: 'dark.6' } as const;
/** The same for an alert's coloured title. */
const DARK_TITLE = { title: { color: 'var(--mantine-color-dark-7)' } };

const FORMS: OperatingForm[] = ['MUNICIPALITY_RUN', 'CORPORATE_INITIAL', 'CORPORATE_EXPANDED'];
const KINDS: MemberKind[] = ['MUNICIPALITY', 'OPERATOR'];

/**
 * 新規会員の受入れ: a wizard over onboardMember — who the member is, its own nodes' URLs, its
 * first org-admin, a review — then the API checks every node live (health, identity, schema
 * fit) before anything is written, creates the Keycloak organization and admin, routes to the
 * nodes and seeds the starter data. The temporary password is shown once.
 */
export function OnboardScreen() {
  const { t } = useTranslation();
  const members = useQuery(MembersOverviewQuery);
  const [onboard] = useMutation(OnboardMemberMutation);
  const action = useAction();
  const [step, setStep] = useState(0);
  const [form, setForm] = useState<WizardForm>(EMPTY_WIZARD);
  const [shown, setShown] = useState<WizardProblems>({});
  const [done, setDone] = useState<{ result: Onboarded; seconds: number } | null>(null);
  const started = useRef(Date.now());

  const operators = (members.data?.consortiumMembers ?? []).filter(
    (m) => m.status === 'ACTIVE' && m.kind !== 'SUPPORT_BODY' && m.operatingForm !== 'MUNICIPALITY_RUN',
  );
  const problemsOf = (s: number): WizardProblems =>
    s === 0 ? memberProblems(form, PREFECTURES) : s === 1 ? nodeProblems(form) : s === 2 ? adminProblems(form) : {};
  const err = (field: string) => (shown[field] ? t(shown[field]) : undefined);
  const set = (patch: Partial<WizardForm>) => setForm((f) => ({ ...f, ...patch }));

  function next() {
    const problems = problemsOf(step);
    setShown(problems);
    if (Object.keys(problems).length === 0) setStep(step + 1);
  }

  /** Back to an empty wizard for the next member (the clock starts again). */
  function restart() {
    setForm(EMPTY_WIZARD);
    setShown({});
    setDone(null);
    setStep(0);
    action.clear();
    started.current = Date.now();
  }

  async function submit() {
    const result = await action.run(() => onboard({ variables: { input: onboardInput(form) } }));
    if (result?.data) {
      setDone({ result: result.data.onboardMember, seconds: Math.round((Date.now() - started.current) / 1000) });
      setStep(4);
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('support.wizard.title')}</Title>
      <Stepper active={step} onStepClick={(s) => (s < step && !done ? setStep(s) : undefined)} allowNextStepsSelect={false}>
        <Stepper.Step label={t('support.wizard.steps.member')}>
          <Stack
            component="form"
            aria-label={t('support.wizard.steps.member')}
            onSubmit={(e) => {
              e.preventDefault();
              next();
            }}
          >
            <TextInput
              label={t('support.wizard.name')}
              value={form.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={err('name')}
              required
            />
            <TextInput
              label={t('support.wizard.id')}
              description={t('support.wizard.idHint')}
              descriptionProps={HINT}
              value={form.id}
              onChange={(e) => set({ id: e.currentTarget.value.trim() })}
              error={err('id')}
              required
            />
            <NativeSelect
              label={t('support.wizard.kind')}
              value={form.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as MemberKind })}
              data={KINDS.map((k) => ({ value: k, label: t(`support.kind.${k}`) }))}
            />
            <NativeSelect
              label={t('support.wizard.prefecture')}
              value={form.prefecture}
              onChange={(e) => set({ prefecture: e.currentTarget.value })}
              data={[{ value: '', label: t('support.wizard.choose') }, ...PREFECTURES.map((p) => ({ value: p, label: p }))]}
              error={err('prefecture')}
              required
            />
            <NativeSelect
              label={t('support.wizard.form')}
              value={form.operatingForm}
              onChange={(e) => set({ operatingForm: e.currentTarget.value as OperatingForm })}
              data={FORMS.map((f) => ({ value: f, label: t(`support.form.${f}`) }))}
            />
            {form.operatingForm === 'MUNICIPALITY_RUN' && (
              <NativeSelect
                label={t('support.wizard.partner')}
                description={t('support.wizard.partnerHint')}
                descriptionProps={HINT}
                value={form.partnerOperatorId}
                onChange={(e) => set({ partnerOperatorId: e.currentTarget.value })}
                data={[{ value: '', label: t('support.wizard.choose') }, ...operators.map((m) => ({ value: m.id, label: m.name }))]}
                error={err('partnerOperatorId')}
                required
              />
            )}
            <TextInput
              label={t('support.wizard.domain')}
              description={t('support.wizard.domainHint')}
              descriptionProps={HINT}
              value={form.domain}
              onChange={(e) => set({ domain: e.currentTarget.value.trim() })}
              error={err('domain')}
              required
            />
            <Group justify="flex-end">
              <Button type="submit">{t('support.wizard.next')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('support.wizard.steps.nodes')}>
          <Stack
            component="form"
            aria-label={t('support.wizard.steps.nodes')}
            onSubmit={(e) => {
              e.preventDefault();
              next();
            }}
          >
            {form.operatingForm === 'MUNICIPALITY_RUN' && (
              <Radio.Group
                label={t('support.wizard.placement')}
                value={placementOf(form)}
                onChange={(value) => set({ placement: value as Placement })}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="HOSTED" label={t('support.wizard.placementHosted', { operator: form.partnerOperatorId })} />
                  <Radio value="OWN_NODES" label={t('support.wizard.placementOwn')} />
                </Stack>
              </Radio.Group>
            )}
            {placementOf(form) === 'OWN_NODES' && <Text size="sm">{t('support.wizard.nodesHint')}</Text>}
            {placementOf(form) === 'OWN_NODES' &&
              NODE_SUBGRAPHS.map((subgraph) => (
                <TextInput
                  key={subgraph}
                  type="url"
                  label={t('support.wizard.nodeUrl', { subgraph })}
                  placeholder="https://"
                  value={form.nodeUrls[subgraph]}
                  onChange={(e) => set({ nodeUrls: { ...form.nodeUrls, [subgraph]: e.currentTarget.value } })}
                  error={err(`nodeUrls.${subgraph}`)}
                  required
                />
              ))}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('support.wizard.back')}
              </Button>
              <Button type="submit">{t('support.wizard.next')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('support.wizard.steps.admin')}>
          <Stack
            component="form"
            aria-label={t('support.wizard.steps.admin')}
            onSubmit={(e) => {
              e.preventDefault();
              next();
            }}
          >
            <Group grow>
              <TextInput
                label={t('support.wizard.lastName')}
                value={form.admin.lastName}
                onChange={(e) => set({ admin: { ...form.admin, lastName: e.currentTarget.value } })}
                error={err('admin.lastName')}
                required
              />
              <TextInput
                label={t('support.wizard.firstName')}
                value={form.admin.firstName}
                onChange={(e) => set({ admin: { ...form.admin, firstName: e.currentTarget.value } })}
                error={err('admin.firstName')}
                required
              />
            </Group>
            <TextInput
              label={t('support.wizard.username')}
              value={form.admin.username}
              onChange={(e) => set({ admin: { ...form.admin, username: e.currentTarget.value.trim() } })}
              error={err('admin.username')}
              required
            />
            <TextInput
              type="email"
              label={t('support.wizard.email')}
              value={form.admin.email}
              onChange={(e) => set({ admin: { ...form.admin, email: e.currentTarget.value } })}
              error={err('admin.email')}
              required
            />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(1)}>
                {t('support.wizard.back')}
              </Button>
              <Button type="submit">{t('support.wizard.next')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('support.wizard.steps.review')}>
          <Stack>
            <Table>
              <Table.Caption>{t('support.wizard.reviewCaption')}</Table.Caption>
              <Table.Tbody>
                <ReviewRow label={t('support.wizard.name')} value={`${form.name} (${form.id})`} />
                <ReviewRow label={t('support.wizard.kind')} value={t(`support.kind.${form.kind}`)} />
                <ReviewRow label={t('support.wizard.prefecture')} value={form.prefecture} />
                <ReviewRow label={t('support.wizard.form')} value={t(`support.form.${form.operatingForm}`)} />
                {form.operatingForm === 'MUNICIPALITY_RUN' && (
                  <ReviewRow label={t('support.wizard.partner')} value={form.partnerOperatorId} />
                )}
                <ReviewRow label={t('support.wizard.domain')} value={form.domain} />
                {placementOf(form) === 'HOSTED' ? (
                  <ReviewRow
                    label={t('support.wizard.placement')}
                    value={t('support.wizard.placementHosted', { operator: form.partnerOperatorId })}
                  />
                ) : (
                  NODE_SUBGRAPHS.map((s) => (
                    <ReviewRow key={s} label={t('support.wizard.nodeUrl', { subgraph: s })} value={form.nodeUrls[s]} />
                  ))
                )}
                <ReviewRow
                  label={t('support.wizard.steps.admin')}
                  value={`${form.admin.lastName} ${form.admin.firstName} · ${form.admin.username} · ${form.admin.email}`}
                />
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('support.wizard.reviewHint')}</Text>
            <ApiErrors error={action.error} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(2)} disabled={action.busy}>
                {t('support.wizard.back')}
              </Button>
              <Button onClick={() => void submit()} loading={action.busy}>
                {t('support.wizard.submit')}
              </Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Completed>
          {done && (
            <Stack>
              <Alert color="teal" styles={DARK_TITLE} title={t('support.wizard.doneTitle', { id: done.result.orgId })} role="status">
                {t('support.wizard.doneIn', { seconds: done.seconds })}
              </Alert>
              {done.result.problem && (
                <Alert color="red" styles={DARK_TITLE}>
                  {done.result.problem}
                </Alert>
              )}
              <Text>
                {t('support.wizard.firstAdmin')}: <Code>{done.result.firstAdminUsername}</Code>
              </Text>
              {done.result.temporaryPassword && (
                <Text>
                  {t('support.wizard.temporaryPassword')}: <Code data-testid="temporary-password">{done.result.temporaryPassword}</Code>
                </Text>
              )}
              <Text size="sm">{t('support.wizard.passwordOnce')}</Text>
              <Table>
                <Table.Caption>{t('support.wizard.nodesChecked')}</Table.Caption>
                <Table.Tbody>
                  {done.result.nodes.map((n) => (
                    <ReviewRow
                      key={n.id}
                      label={n.subgraph}
                      value={`${t(`support.nodes.state.${n.status}`)} · ${n.schemaHash?.slice(0, 12) ?? '—'} · ${n.url}`}
                    />
                  ))}
                </Table.Tbody>
              </Table>
              <Group>
                <Button variant="default" onClick={restart}>
                  {t('support.wizard.another')}
                </Button>
                <Anchor component={Link} to="/consortium/checklist">
                  {t('support.members.checklist')}
                </Anchor>
                <Anchor component={Link} to="/consortium">
                  {t('support.members.title')}
                </Anchor>
              </Group>
            </Stack>
          )}
        </Stepper.Completed>
      </Stepper>
    </Stack>
  );
}

function ReviewRow({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="30%">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}
