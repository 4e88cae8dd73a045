import { Alert, Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccountType } from '../../../gql/graphql';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import {
  AdminInvoiceSettingsQuery,
  AdminPaySettingsQuery,
  AdminSetInvoiceSettingsMutation,
  AdminSetPaySettingsMutation,
} from './settings.operations';

const ACCOUNT_TYPES: BankAccountType[] = ['ORDINARY', 'CHECKING', 'SAVINGS'];
type Texts<K extends string> = Record<K, string>;

function Saved({ show, children }: { show: boolean; children: ReactNode }) {
  return show ? (
    <Alert color="green" variant="light" role="status">
      <Text size="sm">{children}</Text>
    </Alert>
  ) : null;
}

const PAY_TEXTS = [
  'consignorCode',
  'consignorNameKana',
  'bankCode',
  'bankNameKana',
  'branchCode',
  'branchNameKana',
  'accountNumber',
] as const;
type PayText = (typeof PAY_TEXTS)[number];

function PaySettingsForm() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminPaySettingsQuery);
  const [save] = useMutation(AdminSetPaySettingsMutation, { refetchQueries: ['AdminPaySettings'], awaitRefetchQueries: true });
  const action = useAction();
  const [days, setDays] = useState({
    closingDay: 31 as number | string,
    paymentMonthOffset: 1 as number | string,
    paymentDay: 25 as number | string,
  });
  const [texts, setTexts] = useState<Texts<PayText>>(Object.fromEntries(PAY_TEXTS.map((k) => [k, ''])) as Texts<PayText>);
  const [accountType, setAccountType] = useState<BankAccountType>('ORDINARY');
  const [saved, setSaved] = useState(false);
  const current = data?.paySettings;
  useEffect(() => {
    if (!current) return;
    setDays({ closingDay: current.closingDay, paymentMonthOffset: current.paymentMonthOffset, paymentDay: current.paymentDay });
    setTexts(Object.fromEntries(PAY_TEXTS.map((k) => [k, current[k]])) as Texts<PayText>);
    setAccountType(current.accountType);
  }, [current]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const answer = await action.run(() =>
      save({
        variables: {
          input: {
            closingDay: Number(days.closingDay),
            paymentMonthOffset: Number(days.paymentMonthOffset),
            paymentDay: Number(days.paymentDay),
            ...(Object.fromEntries(PAY_TEXTS.map((k) => [k, texts[k].trim()])) as Texts<PayText>),
            accountType,
          },
        },
      }),
    );
    if (answer?.data) setSaved(true);
  }

  return (
    <Section id="pay-settings" title={t('admin.settings.pay')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="sm">
            {current?.calendarText && <Text size="sm">{current.calendarText}</Text>}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {(['closingDay', 'paymentMonthOffset', 'paymentDay'] as const).map((key) => (
                <NumberInput
                  key={key}
                  label={t(`admin.settings.${key}`)}
                  min={key === 'paymentMonthOffset' ? 0 : 1}
                  max={key === 'paymentMonthOffset' ? 3 : 31}
                  allowDecimal={false}
                  value={days[key]}
                  onChange={(value) => setDays((d) => ({ ...d, [key]: value }))}
                  required
                />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              {PAY_TEXTS.map((key) => (
                <TextInput
                  key={key}
                  label={t(`admin.settings.${key}`)}
                  value={texts[key]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((x) => ({ ...x, [key]: value }));
                  }}
                  required
                />
              ))}
              <NativeSelect
                label={t('admin.settings.accountType')}
                value={accountType}
                onChange={(e) => setAccountType(e.currentTarget.value as BankAccountType)}
                data={ACCOUNT_TYPES.map((a) => ({ value: a, label: t(`admin.settings.accountTypes.${a}`) }))}
              />
            </SimpleGrid>
            <ApiErrors error={action.error} />
            <Saved show={saved}>{t('admin.settings.saved')}</Saved>
            <Group>
              <Button type="submit" loading={action.busy}>
                {t('admin.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

const ISSUER_TEXTS = [
  'issuerName',
  'registrationNumber',
  'address',
  'phone',
  'bankName',
  'bankBranch',
  'bankAccountNumber',
  'bankAccountHolder',
] as const;
type IssuerText = (typeof ISSUER_TEXTS)[number];

function IssuerSettingsForm() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminInvoiceSettingsQuery);
  const [save] = useMutation(AdminSetInvoiceSettingsMutation, { refetchQueries: ['AdminInvoiceSettings'], awaitRefetchQueries: true });
  const action = useAction();
  const [texts, setTexts] = useState<Texts<IssuerText>>(Object.fromEntries(ISSUER_TEXTS.map((k) => [k, ''])) as Texts<IssuerText>);
  const [accountType, setAccountType] = useState<BankAccountType | ''>('');
  const [saved, setSaved] = useState(false);
  const current = data?.invoiceSettings;
  useEffect(() => {
    if (!current) return;
    setTexts(Object.fromEntries(ISSUER_TEXTS.map((k) => [k, current[k] ?? ''])) as Texts<IssuerText>);
    setAccountType(current.bankAccountType ?? '');
  }, [current]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const optional = (key: IssuerText) => texts[key].trim() || null;
    const answer = await action.run(() =>
      save({
        variables: {
          input: {
            issuerName: texts.issuerName.trim(),
            registrationNumber: optional('registrationNumber'),
            address: optional('address'),
            phone: optional('phone'),
            bankName: optional('bankName'),
            bankBranch: optional('bankBranch'),
            bankAccountType: accountType || null,
            bankAccountNumber: optional('bankAccountNumber'),
            bankAccountHolder: optional('bankAccountHolder'),
          },
        },
      }),
    );
    if (answer?.data) setSaved(true);
  }

  return (
    <Section id="issuer-settings" title={t('admin.settings.issuer')}>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
              {ISSUER_TEXTS.map((key) => (
                <TextInput
                  key={key}
                  label={t(`admin.settings.${key}`)}
                  value={texts[key]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((x) => ({ ...x, [key]: value }));
                  }}
                  required={key === 'issuerName'}
                />
              ))}
              <NativeSelect
                label={t('admin.settings.bankAccountType')}
                value={accountType}
                onChange={(e) => setAccountType(e.currentTarget.value as BankAccountType | '')}
                data={[
                  { value: '', label: '—' },
                  ...ACCOUNT_TYPES.map((a) => ({ value: a, label: t(`admin.settings.accountTypes.${a}`) })),
                ]}
              />
            </SimpleGrid>
            <ApiErrors error={action.error} />
            <Saved show={saved}>{t('admin.settings.saved')}</Saved>
            <Group>
              <Button type="submit" loading={action.busy}>
                {t('admin.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

/** 団体の設定: pay calendar and transfer account, and the invoice issuer; each form saves its own node's setting. */
export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('admin.settings.title')}</Title>
      <PaySettingsForm />
      <IssuerSettingsForm />
    </Stack>
  );
}
