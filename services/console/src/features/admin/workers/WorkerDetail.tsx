import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminWorkersQuery as AdminWorkersResult, SkillAxis, SkillStageV2, WorkerStatus } from '../../../gql/graphql';
import { previousMonth, tokyoDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { useAction } from '../../shell/use-action';
import { pdfUrl } from './pdf-url';
import {
  AdminCertificatesQuery,
  AdminInviteWorkerLoginMutation,
  AdminOverrideStageMutation,
  AdminSensitiveNotesQuery,
  AdminSetSensitiveNotesMutation,
  AdminSetWorkerStatusMutation,
  AdminUpdateWorkerMutation,
} from './workers.operations';

export type AdminWorker = NonNullable<AdminWorkersResult['workers']>['nodes'][number];

const STATUSES: WorkerStatus[] = ['REGISTERED', 'ACTIVE', 'INACTIVE'];
const REFETCH = { refetchQueries: ['AdminWorkers'], awaitRefetchQueries: true };

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Done({ children }: { children: ReactNode }) {
  return (
    <Alert color="green" variant="light" role="status">
      <Text size="sm">{children}</Text>
    </Alert>
  );
}

function StatusPart({ worker }: { worker: AdminWorker }) {
  const { t } = useTranslation();
  const [setStatus] = useMutation(AdminSetWorkerStatusMutation, REFETCH);
  const action = useAction();
  const [status, setValue] = useState<WorkerStatus>(worker.status ?? 'REGISTERED');
  return (
    <Part title={t('admin.workers.changeStatus')}>
      <Group align="end">
        <NativeSelect
          label={t('admin.workers.status')}
          value={status}
          onChange={(e) => setValue(e.currentTarget.value as WorkerStatus)}
          data={STATUSES.map((s) => ({ value: s, label: t(`admin.statuses.${s}`) }))}
        />
        <Button
          variant="light"
          loading={action.busy}
          disabled={status === worker.status}
          onClick={() => void action.run(() => setStatus({ variables: { id: worker.id, status } }))}
        >
          {t('admin.workers.applyStatus')}
        </Button>
      </Group>
      <ApiErrors error={action.error} />
    </Part>
  );
}

function InvitePart({ worker }: { worker: AdminWorker }) {
  const { t } = useTranslation();
  const [invite] = useMutation(AdminInviteWorkerLoginMutation, REFETCH);
  const action = useAction();
  const [result, setResult] = useState<{ mailed: boolean; temporaryPassword?: string | null } | null>(null);
  if (worker.hasLogin && !result) return <Text size="sm">{t('admin.workers.hasLogin')}</Text>;
  return (
    <Part title={t('admin.workers.invite')}>
      <Text size="sm">{worker.email ? t('admin.workers.inviteHint') : t('admin.workers.needsEmail')}</Text>
      {!result && (
        <Group>
          <Button
            loading={action.busy}
            disabled={!worker.email}
            onClick={() =>
              void action.run(async () => {
                const answer = await invite({ variables: { id: worker.id } });
                if (answer.data) setResult(answer.data.inviteWorkerLogin);
              })
            }
          >
            {t('admin.workers.invite')}
          </Button>
        </Group>
      )}
      {result && (
        <Done>
          {result.mailed ? t('admin.workers.invited') : t('admin.workers.invitedNotMailed', { password: result.temporaryPassword })}
        </Done>
      )}
      <ApiErrors error={action.error} />
    </Part>
  );
}

function EditPart({ worker }: { worker: AdminWorker }) {
  const { t } = useTranslation();
  const [update] = useMutation(AdminUpdateWorkerMutation, REFETCH);
  const action = useAction();
  const [email, setEmail] = useState(worker.email ?? '');
  const [phone, setPhone] = useState(worker.phone ?? '');
  const [address, setAddress] = useState(worker.address ?? '');
  const [contractEnd, setContractEnd] = useState(worker.contractEnd ?? '');
  const [ndaSignedOn, setNdaSignedOn] = useState(worker.ndaSignedOn ?? '');
  const [cap, setCap] = useState<number | string>(worker.monthlyHourCap ?? 0);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const done = await action.run(() =>
      update({
        variables: {
          id: worker.id,
          input: {
            email: email.trim() || null,
            phone: phone.trim() || null,
            address: address.trim() || null,
            contractEnd: contractEnd || null,
            ndaSignedOn: ndaSignedOn || null,
            monthlyHourCap: Number(cap),
          },
        },
      }),
    );
    if (done?.data) setSaved(true);
  }

  return (
    <Part title={t('admin.workers.edit')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('admin.register.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <TextInput label={t('admin.register.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
            <TextInput label={t('admin.register.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
            <TextInput
              label={t('admin.register.contractEnd')}
              type="date"
              value={contractEnd}
              onChange={(e) => setContractEnd(e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.register.ndaSignedOn')}
              type="date"
              value={ndaSignedOn}
              onChange={(e) => setNdaSignedOn(e.currentTarget.value)}
            />
            <NumberInput label={t('admin.register.monthlyHourCap')} min={0} max={200} allowDecimal={false} value={cap} onChange={setCap} />
          </SimpleGrid>
          <ApiErrors error={action.error} />
          {saved && <Done>{t('admin.workers.saved')}</Done>}
          <Group>
            <Button type="submit" variant="light" loading={action.busy}>
              {t('admin.workers.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Part>
  );
}

function StagePart({ worker }: { worker: AdminWorker }) {
  const { t } = useTranslation();
  const [override] = useMutation(AdminOverrideStageMutation, REFETCH);
  const action = useAction();
  const [axis, setAxis] = useState<SkillAxis>('IT');
  const [stage, setStage] = useState<SkillStageV2>('B');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const answer = await action.run(() => override({ variables: { workerId: worker.id, axis, stage, reason: reason.trim() } }));
    if (answer?.data) {
      setDone(true);
      setReason('');
    }
  }

  return (
    <Part title={t('admin.stage.title')}>
      <Text size="sm">{t('admin.stage.hint')}</Text>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('admin.stage.axis')}
              value={axis}
              onChange={(e) => setAxis(e.currentTarget.value as SkillAxis)}
              data={(['IT', 'BUSINESS'] as const).map((a) => ({ value: a, label: t(`admin.axes.${a}`) }))}
            />
            <NativeSelect
              label={t('admin.stage.to')}
              value={stage}
              onChange={(e) => setStage(e.currentTarget.value as SkillStageV2)}
              data={(['A', 'B', 'C'] as const).map((s) => ({ value: s, label: t(`admin.stages.${s}`) }))}
            />
          </SimpleGrid>
          <Textarea
            label={t('admin.stage.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            maxLength={1000}
          />
          <ApiErrors error={action.error} />
          {done && <Done>{t('admin.stage.done')}</Done>}
          <Group>
            <Button type="submit" variant="light" loading={action.busy} disabled={!reason.trim()}>
              {t('admin.stage.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Part>
  );
}

/** 要配慮個人情報: fetched only when the admin asks, never with the list. */
function NotesPart({ worker }: { worker: AdminWorker }) {
  const { t } = useTranslation();
  const [load, { data, error, loading, called }] = useLazyQuery(AdminSensitiveNotesQuery, { fetchPolicy: 'network-only' });
  const [save] = useMutation(AdminSetSensitiveNotesMutation);
  const action = useAction();
  const [notes, setNotes] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = notes ?? data?.workerSensitiveNotes ?? '';
  return (
    <Part title={t('admin.notes.title')}>
      <Text size="sm">{t('admin.notes.hint')}</Text>
      {!called || loading ? (
        <Group>
          <Button variant="outline" loading={loading} onClick={() => void load({ variables: { id: worker.id } })}>
            {t('admin.notes.show')}
          </Button>
        </Group>
      ) : (
        <Stack gap="xs">
          <Textarea
            label={t('admin.notes.label')}
            placeholder={t('admin.notes.none')}
            value={shown}
            onChange={(e) => setNotes(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {saved && <Done>{t('admin.notes.saved')}</Done>}
          <Group>
            <Button
              variant="light"
              loading={action.busy}
              onClick={() =>
                void action.run(async () => {
                  setSaved(false);
                  await save({ variables: { id: worker.id, notes: shown.trim() || null } });
                  setSaved(true);
                })
              }
            >
              {t('admin.notes.save')}
            </Button>
          </Group>
        </Stack>
      )}
      <ApiErrors error={error ?? action.error} />
    </Part>
  );
}

function CertificatesPart({ worker }: { worker: AdminWorker }) {
  const { t } = useTranslation();
  const lastMonth = previousMonth(tokyoDate());
  const [from, setFrom] = useState(`${lastMonth.slice(0, 4)}-01`);
  const [to, setTo] = useState(lastMonth);
  const [load, { data, error, loading }] = useLazyQuery(AdminCertificatesQuery, { fetchPolicy: 'network-only' });
  const links = useMemo(
    () =>
      data ? [data.workCertificate, data.paymentCertificate].map((file) => ({ filename: file.filename, url: pdfUrl(file.base64) })) : [],
    [data],
  );
  return (
    <Part title={t('admin.certificates.title')}>
      <Group align="end">
        <TextInput label={t('admin.certificates.from')} type="month" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label={t('admin.certificates.to')} type="month" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button variant="light" loading={loading} onClick={() => void load({ variables: { workerId: worker.id, from, to } })}>
          {t('admin.certificates.make')}
        </Button>
      </Group>
      {links.length > 0 && (
        <Group>
          {links.map((file, i) => (
            <Anchor key={file.filename} href={file.url} download={file.filename}>
              {i === 0 ? t('admin.certificates.work') : t('admin.certificates.payment')}
            </Anchor>
          ))}
        </Group>
      )}
      <ApiErrors error={error} />
    </Part>
  );
}

/** Everything an org admin does to one worker, in one panel. */
export function WorkerDetail({ worker }: { worker: AdminWorker }) {
  return (
    <Stack gap="lg">
      <InvitePart worker={worker} />
      <StatusPart worker={worker} />
      <EditPart worker={worker} />
      <StagePart worker={worker} />
      <NotesPart worker={worker} />
      <CertificatesPart worker={worker} />
    </Stack>
  );
}
