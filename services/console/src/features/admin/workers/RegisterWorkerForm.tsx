import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillStageV2 as SkillStage } from '../../../gql/graphql';
import { ApiErrors } from '../../errors/ApiErrors';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import { AdminRegisterWorkerMutation } from './workers.operations';
import { parseSkillTags } from './parse-skill-tags';

const STAGES: SkillStage[] = ['A', 'B', 'C'];
const EMPTY = { familyName: '', givenName: '', familyNameKana: '', givenNameKana: '', email: '', phone: '', address: '' };

/** 登録: a new worker, at stage A unless the org admin writes why higher (the server insists too). */
export function RegisterWorkerForm() {
  const { t } = useTranslation();
  const [register] = useMutation(AdminRegisterWorkerMutation, { refetchQueries: ['AdminWorkers'], awaitRefetchQueries: true });
  const action = useAction();
  const [fields, setFields] = useState(EMPTY);
  const [contractStart, setContractStart] = useState('');
  const [ndaSignedOn, setNdaSignedOn] = useState('');
  const [monthlyHourCap, setMonthlyHourCap] = useState<number | string>(40);
  const [consent, setConsent] = useState(false);
  const [skills, setSkills] = useState('');
  const [itStage, setItStage] = useState<SkillStage>('A');
  const [businessStage, setBusinessStage] = useState<SkillStage>('A');
  const [stageReason, setStageReason] = useState('');
  const [registered, setRegistered] = useState<string | null>(null);
  const placed = itStage !== 'A' || businessStage !== 'A';
  const text = (key: keyof typeof EMPTY) => ({
    value: fields[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setFields((f) => ({ ...f, [key]: value }));
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRegistered(null);
    const optional = (value: string) => value.trim() || null;
    const done = await action.run(() =>
      register({
        variables: {
          input: {
            familyName: fields.familyName.trim(),
            givenName: fields.givenName.trim(),
            familyNameKana: fields.familyNameKana.trim(),
            givenNameKana: fields.givenNameKana.trim(),
            email: optional(fields.email),
            phone: optional(fields.phone),
            address: optional(fields.address),
            contractStart: contractStart || null,
            ndaSignedOn: ndaSignedOn || null,
            monthlyHourCap: Number(monthlyHourCap),
            consortiumConsent: consent,
            skillTags: parseSkillTags(skills),
            itStage,
            businessStage,
            stageReason: placed ? stageReason.trim() : null,
          },
        },
      }),
    );
    if (done?.data) {
      setRegistered(`${fields.familyName} ${fields.givenName}`);
      setFields(EMPTY);
      setSkills('');
      setStageReason('');
      setItStage('A');
      setBusinessStage('A');
    }
  }

  return (
    <Section id="register-worker" title={t('admin.register.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput label={t('admin.register.familyName')} required maxLength={100} {...text('familyName')} />
            <TextInput label={t('admin.register.givenName')} required maxLength={100} {...text('givenName')} />
            <TextInput label={t('admin.register.familyNameKana')} required maxLength={100} {...text('familyNameKana')} />
            <TextInput label={t('admin.register.givenNameKana')} required maxLength={100} {...text('givenNameKana')} />
            <TextInput label={t('admin.register.email')} type="email" maxLength={320} {...text('email')} />
            <TextInput label={t('admin.register.phone')} type="tel" maxLength={20} {...text('phone')} />
            <TextInput label={t('admin.register.address')} maxLength={300} {...text('address')} />
            <NumberInput
              label={t('admin.register.monthlyHourCap')}
              min={0}
              max={200}
              allowDecimal={false}
              value={monthlyHourCap}
              onChange={setMonthlyHourCap}
              required
            />
            <TextInput
              label={t('admin.register.contractStart')}
              type="date"
              value={contractStart}
              onChange={(e) => setContractStart(e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.register.ndaSignedOn')}
              type="date"
              value={ndaSignedOn}
              onChange={(e) => setNdaSignedOn(e.currentTarget.value)}
            />
            <TextInput label={t('admin.register.skillTags')} value={skills} onChange={(e) => setSkills(e.currentTarget.value)} />
            <NativeSelect
              label={t('admin.register.itStage')}
              value={itStage}
              onChange={(e) => setItStage(e.currentTarget.value as SkillStage)}
              data={STAGES.map((s) => ({ value: s, label: t(`admin.stages.${s}`) }))}
            />
            <NativeSelect
              label={t('admin.register.businessStage')}
              value={businessStage}
              onChange={(e) => setBusinessStage(e.currentTarget.value as SkillStage)}
              data={STAGES.map((s) => ({ value: s, label: t(`admin.stages.${s}`) }))}
            />
          </SimpleGrid>
          <Checkbox label={t('admin.register.consortiumConsent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
          {placed && (
            <Textarea
              label={t('admin.register.stageReason')}
              description={t('admin.register.stageReasonHint')}
              value={stageReason}
              onChange={(e) => setStageReason(e.currentTarget.value)}
              required
              maxLength={1000}
            />
          )}
          <ApiErrors error={action.error} />
          {registered && (
            <Alert color="green" variant="light" role="status">
              <Text size="sm">{t('admin.register.registered', { name: registered })}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('admin.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
