import { Checkbox, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface MemberChoice {
  id: string;
  name: string;
}

/**
 * A project's members (checkboxes) and its lead (one of the members chosen), as both the create
 * form and a project's own page ask for them; `error` gives the message for `memberOrgIds` or
 * `leadOrgId`, if any.
 */
export function ProjectMembersFields(props: {
  members: readonly MemberChoice[];
  chosen: string[];
  onChosen: (ids: string[]) => void;
  lead: string;
  onLead: (id: string) => void;
  error: (field: 'memberOrgIds' | 'leadOrgId') => string | undefined;
}) {
  const { t } = useTranslation();
  const { members, chosen } = props;
  return (
    <>
      <Checkbox.Group
        label={t('support.projects.members')}
        value={chosen}
        onChange={props.onChosen}
        error={props.error('memberOrgIds')}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="xs">
          {members.map((m) => (
            <Checkbox key={m.id} value={m.id} label={`${m.name} (${m.id})`} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <NativeSelect
        label={t('support.projects.lead')}
        description={t('support.projects.leadHint')}
        descriptionProps={{ c: 'dark.6' }}
        value={props.lead}
        onChange={(e) => props.onLead(e.currentTarget.value)}
        data={[
          { value: '', label: t('support.wizard.choose') },
          ...members.filter((m) => chosen.includes(m.id)).map((m) => ({ value: m.id, label: m.name })),
        ]}
        error={props.error('leadOrgId')}
        withAsterisk
      />
    </>
  );
}
