import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../app/use-session';
import { fiscalYearOf, formatFiscalYear, formatYen, tokyoDate } from '../../../lib/format';
import { parseYenInput } from '../../director/money-input';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { AdminOperatingCostsQuery, AdminSetOperatingCostMutation } from './costs.operations';

/**
 * 運営経費: what running the business cost the member in a fiscal year (staff, systems, office and
 * the rest, as one whole-yen total), entered by its org admin; the reports subtract it in 収支.
 */
export function OperatingCostsScreen() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const current = fiscalYearOf(tokyoDate());
  const [fiscalYear, setFiscalYear] = useState(current);
  const { data, loading, error } = useQuery(AdminOperatingCostsQuery, { variables: { fiscalYear } });
  const [setCost] = useMutation(AdminSetOperatingCostMutation, { refetchQueries: ['AdminOperatingCosts'], awaitRefetchQueries: true });
  const action = useAction();
  const stored = data?.operatingCosts.find((c) => c.orgId === session.orgId) ?? null;
  const [amount, setAmount] = useState('');
  const [saved, setSaved] = useState(false);
  const parsed = parseYenInput(amount);

  useEffect(() => {
    setAmount(stored ? String(stored.amountYen) : '');
    setSaved(false);
  }, [stored, fiscalYear]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const orgId = session.orgId;
    if (parsed === null || !orgId) return;
    const answer = await action.run(() => setCost({ variables: { input: { orgId, fiscalYear, amountYen: parsed } } }));
    if (answer?.data) setSaved(true);
  }

  return (
    <Stack>
      <Title order={2}>{t('admin.costs.title')}</Title>
      <Text>{t('admin.costs.intro')}</Text>
      <NativeSelect
        label={t('admin.costs.fiscalYear')}
        value={String(fiscalYear)}
        onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
        data={[current, current - 1, current - 2, current - 3].map((y) => ({
          value: String(y),
          label: formatFiscalYear(y, i18n.language),
        }))}
        maw={280}
      />
      <Section id="costs" title={t('admin.costs.yearTitle', { year: formatFiscalYear(fiscalYear, i18n.language) })}>
        <ApiErrors error={error} />
        {loading && !data ? (
          <ScreenLoader />
        ) : (
          <Text data-testid="stored-cost">
            {stored ? t('admin.costs.stored', { amount: formatYen(stored.amountYen) }) : t('admin.costs.none')}
          </Text>
        )}
        <form
          onSubmit={(e) => void submit(e)}
          aria-label={t('admin.costs.yearTitle', { year: formatFiscalYear(fiscalYear, i18n.language) })}
        >
          <Stack gap="xs">
            <TextInput
              label={t('admin.costs.amount')}
              description={t('admin.costs.amountHelp')}
              descriptionProps={{ c: 'gray.7' }}
              value={amount}
              onChange={(e) => {
                setAmount(e.currentTarget.value);
                setSaved(false);
              }}
              inputMode="numeric"
              required
              maw={320}
              error={amount !== '' && parsed === null ? t('admin.costs.amountInvalid') : undefined}
            />
            <ApiErrors error={action.error} />
            {saved && (
              <Text size="sm" role="status">
                {t('admin.costs.saved')}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={action.busy} disabled={parsed === null}>
                {t('admin.costs.save')}
              </Button>
              <Anchor component={Link} to="/reports">
                {t('admin.costs.toReports')}
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Section>
    </Stack>
  );
}
