import { Badge, Button, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/use-session';
import { formatDate, formatMinutes, formatYen, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { useAction } from '../shell/use-action';
import type { PartnerClaimProgressQuery, PartnerOwnerClaimsQuery, PartnerOwnWorkersQuery } from '../../gql/graphql';
import { ClaimProgressQuery, ConsortiumMembersQuery, OwnerClaimsQuery, OwnWorkersQuery, StaffClaimMutation } from './partner.operations';
import { staffingProblem, workersForClaim } from './claim-staffing';

type Claim = PartnerOwnerClaimsQuery['poolClaims'][number];
type Progress = PartnerClaimProgressQuery['claimProgress'][number];
type Worker = NonNullable<PartnerOwnWorkersQuery['workers']>['nodes'][number];

/** What a partial answer brought along (an owner's node down): shown, while the rest stays usable. */
function errorsOf(errors: (ErrorLike | undefined)[]): ErrorLike | undefined {
  const graphQLErrors = errors.flatMap((e) => (e && CombinedGraphQLErrors.is(e) ? e.errors : []));
  if (graphQLErrors.length > 0) return new CombinedGraphQLErrors({ errors: graphQLErrors });
  return errors.find(Boolean);
}

interface StaffForm {
  workerId: string;
  hours: number | string;
  rateYen: number | string;
  from: string;
  to: string;
}

/**
 * 自社の申込: this org's claims at every other member's node with the owner's decision, the
 * progress of approved ones (booked and approved minutes per own worker, by pseudonym), and a
 * form to staff an approved claim with the org's own workers within its approved share.
 */
export function ClaimsScreen() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const session = useSession();
  const [claims, setClaims] = useState<Claim[] | null>(null);
  const [progress, setProgress] = useState<Map<string, Progress>>(new Map());
  const [workers, setWorkers] = useState<Worker[]>([]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [loadError, setLoadError] = useState<ErrorLike | undefined>(undefined);
  const [forms, setForms] = useState<Record<string, StaffForm>>({});
  const [staffed, setStaffed] = useState<string | null>(null);
  const [staff] = useMutation(StaffClaimMutation);
  const action = useAction();

  const load = useCallback(async () => {
    const members = await client.query({ query: ConsortiumMembersQuery });
    const all = members.data?.consortiumMembers ?? [];
    setNames(new Map(all.map((m) => [m.id, m.name])));
    const owners = all.filter((m) => m.id !== session.orgId && m.status === 'ACTIVE' && m.kind !== 'SUPPORT_BODY');
    const results = await Promise.all(
      owners.map((m) =>
        client.query({ query: OwnerClaimsQuery, variables: { ownerOrgId: m.id }, fetchPolicy: 'network-only', errorPolicy: 'all' }),
      ),
    );
    const found = results.flatMap((r) => r.data?.poolClaims ?? []).filter((c) => c.claimantOrgId === session.orgId);
    const approved = found.filter((c) => c.status === 'APPROVED').map((c) => c.id);
    const [progressResult, workersResult] = await Promise.all([
      approved.length > 0
        ? client.query({ query: ClaimProgressQuery, variables: { claimIds: approved }, fetchPolicy: 'network-only', errorPolicy: 'all' })
        : Promise.resolve(null),
      client.query({ query: OwnWorkersQuery, fetchPolicy: 'network-only' }),
    ]);
    setProgress(new Map((progressResult?.data?.claimProgress ?? []).map((p) => [p.claimId, p])));
    setWorkers(workersResult.data?.workers?.nodes ?? []);
    setClaims([...found].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    setLoadError(errorsOf([...results.map((r) => r.error), progressResult?.error]));
  }, [client, session.orgId]);

  useEffect(() => {
    load().catch((error: ErrorLike) => setLoadError(error));
  }, [load]);

  if (!claims) return loadError ? <ApiErrors error={loadError} /> : <ScreenLoader />;

  // The value is read from the event here, not in a state updater (React runs those later, when the event is gone).
  const update = (claimId: string, next: StaffForm) => setForms((all) => ({ ...all, [claimId]: next }));
  const formOf = (claim: Claim): StaffForm =>
    forms[claim.id] ?? { workerId: '', hours: '', rateYen: '', from: tokyoDate(), to: claim.offer.deadline };

  async function submitStaffing(claim: Claim) {
    const form = formOf(claim);
    const p = progress.get(claim.id);
    if (staffingProblem(form, claim, p)) return;
    const result = await action.run(() =>
      staff({
        variables: {
          input: {
            workerId: form.workerId,
            taskOrgId: claim.offer.orgId,
            taskId: claim.offer.taskId,
            claimId: claim.id,
            periodFrom: form.from,
            periodTo: form.to,
            plannedMinutes: Number(form.hours) * 60,
            hourlyRateYen: String(form.rateYen),
          },
        },
      }),
    );
    if (result?.data) {
      const worker = workers.find((w) => w.id === form.workerId);
      setStaffed(
        t('partner.claims.staffed', { title: claim.offer.title, worker: `${worker?.familyName ?? ''} ${worker?.givenName ?? ''}` }),
      );
      setForms((all) => ({ ...all, [claim.id]: { ...form, workerId: '', hours: '' } }));
      await load();
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('partner.claims.title')}</Title>
      <ApiErrors error={loadError} />
      <ApiErrors error={action.error} />
      {staffed && (
        <Text role="status" c="teal.9">
          {staffed}
        </Text>
      )}
      {claims.length === 0 && <Text>{t('partner.claims.none')}</Text>}
      {claims.map((claim) => {
        const p = progress.get(claim.id);
        const form = formOf(claim);
        const problem = form.workerId && form.hours !== '' ? staffingProblem(form, claim, p) : null;
        const eligible = workersForClaim(workers, claim.offer.requiredStage);
        return (
          <Stack
            key={claim.id}
            component="article"
            aria-label={claim.offer.title}
            gap="xs"
            p="sm"
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
          >
            <Group justify="space-between">
              <Text fw={700}>{claim.offer.title}</Text>
              <Badge variant="light" c="dark" data-testid="claim-status">
                {t(`partner.claims.status.${claim.status}`)}
              </Badge>
            </Group>
            <Text size="sm">
              {t('partner.claims.line', {
                owner: names.get(claim.orgId) ?? claim.orgId,
                hours: claim.hours,
                rate: formatYen(claim.offer.rateYen),
                deadline: formatDate(claim.offer.deadline, i18n.language),
                claimedOn: formatDate(claim.createdAt, i18n.language),
              })}
            </Text>
            {p && (
              <>
                <Text size="sm">
                  {t('partner.claims.progress', {
                    booked: formatMinutes(p.bookedMinutes, i18n.language),
                    approved: formatMinutes(p.approvedMinutes, i18n.language),
                    share: formatMinutes(p.approvedShareMinutes, i18n.language),
                  })}
                </Text>
                {p.workers.length > 0 && (
                  <ScrollTable minWidth={400}>
                    <Table>
                      <Table.Caption>{t('partner.claims.workersCaption')}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('partner.claims.pseudonym')}</Table.Th>
                          <Table.Th scope="col">{t('partner.claims.stage')}</Table.Th>
                          <Table.Th scope="col">{t('partner.claims.planned')}</Table.Th>
                          <Table.Th scope="col">{t('partner.claims.approved')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {p.workers.map((w) => (
                          <Table.Tr key={w.pseudonym}>
                            <Table.Td>{w.pseudonym}</Table.Td>
                            <Table.Td>{w.stage}</Table.Td>
                            <Table.Td>{formatMinutes(w.plannedMinutes, i18n.language)}</Table.Td>
                            <Table.Td>{formatMinutes(w.approvedMinutes, i18n.language)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                )}
              </>
            )}
            {claim.status === 'APPROVED' && (
              <Stack
                gap="xs"
                component="form"
                aria-label={t('partner.claims.staffOf', { title: claim.offer.title })}
                onSubmit={(e) => {
                  e.preventDefault();
                  void submitStaffing(claim);
                }}
              >
                <Group align="flex-end" wrap="wrap">
                  <NativeSelect
                    label={t('partner.claims.worker')}
                    value={form.workerId}
                    onChange={(e) => update(claim.id, { ...form, workerId: e.currentTarget.value })}
                    data={[
                      { value: '', label: t('partner.claims.chooseWorker') },
                      ...eligible.map((w) => ({
                        value: w.id,
                        label: `${w.familyName ?? ''} ${w.givenName ?? ''}（${w.itStage}/${w.businessStage}）`,
                      })),
                    ]}
                  />
                  <NumberInput
                    label={t('partner.claims.hours')}
                    min={1}
                    allowDecimal={false}
                    value={form.hours}
                    onChange={(v) => update(claim.id, { ...form, hours: v })}
                    error={problem ? t(`partner.claims.problem.${problem}`) : undefined}
                    w={140}
                  />
                  <NumberInput
                    label={t('partner.claims.rate')}
                    min={1}
                    allowDecimal={false}
                    thousandSeparator=","
                    value={form.rateYen}
                    onChange={(v) => update(claim.id, { ...form, rateYen: v })}
                    w={160}
                  />
                  <TextInput
                    type="date"
                    label={t('partner.claims.from')}
                    value={form.from}
                    onChange={(e) => update(claim.id, { ...form, from: e.currentTarget.value })}
                  />
                  <TextInput
                    type="date"
                    label={t('partner.claims.to')}
                    value={form.to}
                    onChange={(e) => update(claim.id, { ...form, to: e.currentTarget.value })}
                  />
                  <Button
                    type="submit"
                    disabled={action.busy || !form.workerId || form.hours === '' || form.rateYen === '' || problem !== null}
                  >
                    {t('partner.claims.staff')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
