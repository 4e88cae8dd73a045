import { Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/use-session';
import { addDays, formatDate, formatYen, tokyoDate } from '../../lib/format';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';
import { Section } from '../shell/Section';
import { useAction } from '../shell/use-action';
import { ClaimPoolOfferMutation, ConsortiumCapacityQuery, ConsortiumMembersQuery, ConsortiumPoolQuery } from './partner.operations';
import { capacityTable, claimProblem, filterPool, NO_FILTER, openHours, type PoolFilter, type Stage } from './pool-filters';

const STAGES: Stage[] = ['A', 'B', 'C'];

/**
 * 共同受注の募集: the consortium's free capacity by member and stage over the next 30 days, and
 * other members' pool offers to claim hours of. A claim waits at the owner's node until the owner
 * approves it; the claims screen follows it.
 */
export function PoolScreen() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const today = tokyoDate();
  const period = { from: today, to: addDays(today, 30) };
  const members = useQuery(ConsortiumMembersQuery);
  const capacity = useQuery(ConsortiumCapacityQuery, { variables: period });
  const pool = useQuery(ConsortiumPoolQuery, { variables: { free: null }, fetchPolicy: 'network-only' });
  const [claim] = useMutation(ClaimPoolOfferMutation);
  const action = useAction();
  const [filter, setFilter] = useState<PoolFilter>(NO_FILTER);
  const [hoursByOffer, setHoursByOffer] = useState<Record<string, number | string>>({});
  const [claimed, setClaimed] = useState<string | null>(null);

  const nameOf = useMemo(() => {
    const names = new Map((members.data?.consortiumMembers ?? []).map((m) => [m.id, m.name]));
    return (orgId: string) => names.get(orgId) ?? orgId;
  }, [members.data]);
  if ((pool.loading && !pool.data) || (capacity.loading && !capacity.data)) return <ScreenLoader />;
  const table = capacityTable(capacity.data?.consortiumCapacity ?? []);
  const offers = filterPool(pool.data?.consortiumPool.nodes ?? [], filter, session.orgId);
  const owners = [...new Set((pool.data?.consortiumPool.nodes ?? []).map((o) => o.orgId))].filter((o) => o !== session.orgId).sort();

  async function submitClaim(offer: (typeof offers)[number]) {
    const hours = Number(hoursByOffer[offer.id] ?? '');
    if (claimProblem(hours, offer)) return;
    const result = await action.run(() => claim({ variables: { ownerOrgId: offer.orgId, offerId: offer.id, hours } }));
    if (result?.data) {
      setClaimed(t('partner.pool.claimed', { title: offer.title, hours }));
      setHoursByOffer((all) => ({ ...all, [offer.id]: '' }));
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('partner.pool.title')}</Title>
      <ApiErrors error={members.error ?? capacity.error ?? pool.error} />
      <Section id="partner-capacity" title={t('partner.capacity.title')}>
        <Text size="sm">
          {t('partner.capacity.period', { from: formatDate(period.from, i18n.language), to: formatDate(period.to, i18n.language) })}
        </Text>
        <ScrollTable minWidth={480}>
          <Table striped>
            <Table.Caption>{t('partner.capacity.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('partner.member')}</Table.Th>
                <Table.Th scope="col">{t('partner.capacity.workers')}</Table.Th>
                {STAGES.map((s) => (
                  <Table.Th scope="col" key={s}>
                    {t('partner.capacity.stageHours', { stage: s })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={row.orgId}>
                  <Table.Th scope="row">{nameOf(row.orgId)}</Table.Th>
                  <Table.Td>{row.workers}</Table.Td>
                  {STAGES.map((s) => (
                    <Table.Td key={s}>{row.freeHours[s]}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('partner.capacity.total')}</Table.Th>
                <Table.Td />
                {STAGES.map((s) => (
                  <Table.Td key={s}>{table.totals[s]}</Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </Section>
      <Section id="partner-pool" title={t('partner.pool.offers')}>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('partner.pool.filterOwner')}
            value={filter.ownerOrgId}
            onChange={(e) => setFilter({ ...filter, ownerOrgId: e.currentTarget.value })}
            data={[{ value: '', label: t('partner.pool.allOwners') }, ...owners.map((o) => ({ value: o, label: nameOf(o) }))]}
          />
          <NativeSelect
            label={t('partner.pool.filterStage')}
            value={filter.maxStage}
            onChange={(e) => setFilter({ ...filter, maxStage: e.currentTarget.value as Stage | '' })}
            data={[
              { value: '', label: t('partner.pool.allStages') },
              ...STAGES.map((s) => ({ value: s, label: t('partner.pool.upToStage', { stage: s }) })),
            ]}
          />
          <TextInput
            label={t('partner.pool.filterText')}
            value={filter.text}
            onChange={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
          />
          <Checkbox
            label={t('partner.pool.openOnly')}
            checked={filter.openOnly}
            onChange={(e) => setFilter({ ...filter, openOnly: e.currentTarget.checked })}
          />
        </Group>
        <ApiErrors error={action.error} />
        {claimed && (
          <Text role="status" c="teal.9">
            {claimed}
          </Text>
        )}
        {offers.length === 0 && <Text>{t('partner.pool.none')}</Text>}
        {offers.map((offer) => {
          const hours = hoursByOffer[offer.id] ?? '';
          const problem = hours === '' ? null : claimProblem(Number(hours), offer);
          return (
            <Stack
              key={offer.id}
              component="article"
              aria-label={offer.title}
              gap={4}
              p="sm"
              style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
            >
              <Group justify="space-between">
                <Text fw={700}>{offer.title}</Text>
                <Badge variant="light" c="dark">
                  {t('partner.pool.stage', { stage: offer.requiredStage })}
                </Badge>
              </Group>
              <Text size="sm">
                {t('partner.pool.offerLine', {
                  owner: nameOf(offer.orgId),
                  client: offer.clientLabel ?? t('partner.pool.clientHidden'),
                  rate: formatYen(offer.rateYen),
                  deadline: formatDate(offer.deadline, i18n.language),
                })}
              </Text>
              <Text size="sm">
                {t('partner.pool.hoursLine', { hours: offer.hours, open: openHours(offer) })}
                {offer.skillTags.length > 0 && ` · ${offer.skillTags.join(', ')}`}
              </Text>
              <Group align="flex-end">
                <NumberInput
                  label={t('partner.pool.claimHours')}
                  min={1}
                  max={openHours(offer)}
                  allowDecimal={false}
                  value={hours}
                  onChange={(v) => setHoursByOffer((all) => ({ ...all, [offer.id]: v }))}
                  error={problem ? t(`partner.pool.problem.${problem}`, { open: openHours(offer) }) : undefined}
                  w={160}
                />
                <Button
                  onClick={() => void submitClaim(offer)}
                  disabled={action.busy || hours === '' || problem !== null}
                  aria-label={t('partner.pool.claimOf', { title: offer.title })}
                >
                  {t('partner.pool.claim')}
                </Button>
              </Group>
            </Stack>
          );
        })}
      </Section>
    </Stack>
  );
}
