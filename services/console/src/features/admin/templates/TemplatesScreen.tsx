import { Button, Group, List, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAuditTime } from '../audit/audit-labels';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import {
  AdminContractTemplatesQuery,
  AdminSaveBasicContractTemplateMutation,
  AdminSaveContractTemplateMutation,
} from './templates.operations';

type Kind = 'SERVICE_CONTRACT' | 'NDA' | 'BASIC_CONTRACT';
interface Version {
  id: string;
  version: number;
  title: string;
  body: string;
  savedAt: string;
}

function TemplateEditor({
  kind,
  versions,
  save,
}: {
  kind: Kind;
  versions: Version[];
  save: (title: string, body: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const newest = versions[0] ?? null;
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const action = useAction();

  useEffect(() => {
    setTitle(newest?.title ?? t(`admin.templates.defaultTitles.${kind}`));
    setBody(newest?.body ?? '');
  }, [newest, kind, t]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const answer = await action.run(() => save(title.trim(), body));
    if (answer !== undefined) setSaved((newest?.version ?? 0) + 1);
  }

  const id = `template-${kind}`;
  return (
    <Section id={id} title={t(`admin.templates.kinds.${kind}`)}>
      <Text size="sm" data-testid={`${id}-version`}>
        {newest
          ? t('admin.templates.current', { version: newest.version, at: formatAuditTime(newest.savedAt, i18n.language) })
          : t('admin.templates.noneYet')}
      </Text>
      <form onSubmit={(e) => void submit(e)} aria-label={t(`admin.templates.kinds.${kind}`)}>
        <Stack gap="xs">
          <TextInput
            label={t('admin.templates.titleLabel')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required
            maxLength={200}
          />
          <Textarea
            label={t('admin.templates.body', { kind: t(`admin.templates.kinds.${kind}`) })}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            required
            autosize
            minRows={6}
            maxRows={20}
            maxLength={50_000}
          />
          <ApiErrors error={action.error} />
          {saved !== null && (
            <Text size="sm" role="status">
              {t('admin.templates.saved', { version: saved })}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('admin.templates.save', { kind: t(`admin.templates.kinds.${kind}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
      {versions.length > 1 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('admin.templates.history')}
          </Text>
          <List spacing={2} size="sm">
            {versions.map((v) => (
              <List.Item key={v.id}>
                {t('admin.templates.versionLine', { version: v.version, at: formatAuditTime(v.savedAt, i18n.language), title: v.title })}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Section>
  );
}

/**
 * 契約書のひな形: the member's texts for client service contracts and NDAs, and for the workers' basic
 * contract. Each save is a new version; contracts already made keep the version they were made on.
 */
export function TemplatesScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminContractTemplatesQuery);
  const refetch = { refetchQueries: ['AdminContractTemplates'], awaitRefetchQueries: true };
  const [saveClient] = useMutation(AdminSaveContractTemplateMutation, refetch);
  const [saveBasic] = useMutation(AdminSaveBasicContractTemplateMutation, refetch);
  const clientTemplates = data?.contractTemplates ?? [];
  const ofKind = (kind: 'SERVICE_CONTRACT' | 'NDA') => clientTemplates.filter((tpl) => tpl.kind === kind);

  return (
    <Stack>
      <Title order={2}>{t('admin.templates.title')}</Title>
      <Text>{t('admin.templates.intro')}</Text>
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : (
        <>
          {(['SERVICE_CONTRACT', 'NDA'] as const).map((kind) => (
            <TemplateEditor
              key={kind}
              kind={kind}
              versions={ofKind(kind)}
              save={(title, body) => saveClient({ variables: { input: { kind, title, body } } })}
            />
          ))}
          <TemplateEditor
            kind="BASIC_CONTRACT"
            versions={data?.basicContractTemplates ?? []}
            save={(title, body) => saveBasic({ variables: { input: { title, body } } })}
          />
        </>
      )}
    </Stack>
  );
}
