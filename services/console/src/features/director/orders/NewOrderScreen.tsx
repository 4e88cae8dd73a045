import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ConfidentialityLevel, SkillStageV2 } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { useAction } from '../../shell/use-action';
import { parseYenInput } from '../money-input';
import { CreateOrderMutation, NewOrderOptionsQuery } from './order.operations';

/** 新規案件: an order of one of the member's clients, under one of that client's contracts. */
export function NewOrderScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data, loading, error } = useQuery(NewOrderOptionsQuery);
  const [createOrder] = useMutation(CreateOrderMutation, { refetchQueries: ['OrdersBoard'] });
  const action = useAction();
  const [clientId, setClientId] = useState(params.get('clientId') ?? '');
  const [contractId, setContractId] = useState('');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [value, setValue] = useState('');
  const [hours, setHours] = useState('');
  const [deadline, setDeadline] = useState('');
  const [requiredStage, setRequiredStage] = useState<SkillStageV2>('A');
  const [confidentiality, setConfidentiality] = useState<ConfidentialityLevel>('INTERNAL');

  if (loading && !data) return <ScreenLoader />;
  const clients = data?.clients ?? [];
  const client = clients.find((c) => c.id === clientId);
  const contracts = (data?.contracts ?? []).filter((c) => c.clientId === clientId);
  // A PRIVATE-only category is refused for a PUBLIC client (CATEGORY_SECTOR_MISMATCH): offer the usable ones.
  const categories = (data?.businessCategories ?? []).filter((c) => c.sector === 'PUBLIC' || client?.sector === 'PRIVATE');
  const yen = parseYenInput(value);
  const hoursNumber = Number(hours.normalize('NFKC'));
  const valid = client && title.trim() && category && yen && Number.isInteger(hoursNumber) && hoursNumber > 0 && deadline;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || !yen) return;
    const result = await action.run(() =>
      createOrder({
        variables: {
          input: {
            clientId,
            contractId: contractId || null,
            title: title.trim(),
            category,
            valueYen: yen,
            estimatedHours: hoursNumber,
            deadline,
            requiredStage,
            confidentiality,
          },
        },
      }),
    );
    const id = result?.data?.createOrder.id;
    if (id) void navigate(`/director/orders/${encodeURIComponent(id)}`);
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('order.newTitle')}</Title>
        <Button component={Link} to="/director/clients" variant="subtle">
          {t('nav.clients')}
        </Button>
      </Group>
      <ApiErrors error={error} />
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('order.client')}
              value={clientId}
              required
              onChange={(e) => {
                setClientId(e.currentTarget.value);
                setContractId('');
              }}
              data={[{ value: '', label: t('order.choose') }, ...clients.map((c) => ({ value: c.id, label: c.name }))]}
            />
            <NativeSelect
              label={t('order.contract')}
              value={contractId}
              onChange={(e) => setContractId(e.currentTarget.value)}
              data={[
                { value: '', label: t('order.noContract') },
                ...contracts.map((c) => ({
                  value: c.id,
                  label: `${t(`clients.contractTypes.${c.type}`)} ${formatDate(c.startsOn, i18n.language)} – ${formatDate(c.endsOn, i18n.language)}${c.ndaSigned ? ` (${t('clients.nda')})` : ''}`,
                })),
              ]}
            />
            <TextInput
              label={t('order.titleLabel')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
              maxLength={200}
            />
            <NativeSelect
              label={t('order.category')}
              value={category}
              required
              onChange={(e) => setCategory(e.currentTarget.value)}
              data={[
                { value: '', label: t('order.choose') },
                ...categories.map((c) => ({ value: c.code, label: i18n.language === 'ja' ? c.nameJa : c.nameEn })),
              ]}
            />
            <TextInput
              label={t('order.value')}
              inputMode="numeric"
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              required
              error={value && !yen ? t('order.yenInvalid') : undefined}
              rightSection={<span aria-hidden>円</span>}
            />
            <TextInput
              label={t('order.hours')}
              inputMode="numeric"
              value={hours}
              onChange={(e) => setHours(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t('order.deadline')}
              type="date"
              value={deadline}
              onChange={(e) => setDeadline(e.currentTarget.value)}
              required
            />
            <NativeSelect
              label={t('order.requiredStage')}
              value={requiredStage}
              onChange={(e) => setRequiredStage(e.currentTarget.value as SkillStageV2)}
              data={(['A', 'B', 'C'] as const).map((s) => ({ value: s, label: t(`order.stages.${s}`) }))}
            />
            <NativeSelect
              label={t('order.confidentiality')}
              value={confidentiality}
              onChange={(e) => setConfidentiality(e.currentTarget.value as ConfidentialityLevel)}
              data={(['OPEN', 'INTERNAL', 'CONFIDENTIAL'] as const).map((c) => ({
                value: c,
                label: t(`order.confidentialityLevels.${c}`),
              }))}
            />
          </SimpleGrid>
          <ApiErrors error={action.error} />
          <Group>
            <Button type="submit" loading={action.busy} disabled={!valid}>
              {t('order.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
