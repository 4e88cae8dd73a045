import { Alert, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminStaffLoginsQuery as StaffLoginsResult, StaffRole } from '../../../gql/graphql';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { ScrollTable } from '../../shell/ScrollTable';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import {
  AdminInviteStaffMutation,
  AdminSetStaffEnabledMutation,
  AdminSetStaffRoleMutation,
  AdminStaffLoginsQuery,
} from './logins.operations';

type StaffLogin = NonNullable<StaffLoginsResult['staffLogins']>[number];
const ROLES: StaffRole[] = ['DIRECTOR', 'ORG_ADMIN'];
const REFETCH = { refetchQueries: ['AdminStaffLogins'], awaitRefetchQueries: true };

function InviteStaffForm() {
  const { t } = useTranslation();
  const [invite] = useMutation(AdminInviteStaffMutation, REFETCH);
  const action = useAction();
  const [email, setEmail] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [givenName, setGivenName] = useState('');
  const [role, setRole] = useState<StaffRole>('DIRECTOR');
  const [result, setResult] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    const answer = await action.run(() =>
      invite({ variables: { input: { email: email.trim(), familyName: familyName.trim(), givenName: givenName.trim(), role } } }),
    );
    const invitation = answer?.data?.inviteStaffLogin;
    if (invitation) {
      setResult(
        invitation.mailed
          ? t('admin.logins.invited', { email: email.trim() })
          : t('admin.logins.invitedNotMailed', { password: invitation.temporaryPassword }),
      );
      setEmail('');
      setFamilyName('');
      setGivenName('');
    }
  }

  return (
    <Section id="invite-staff" title={t('admin.logins.invite')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput
              label={t('admin.logins.email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.logins.familyName')}
              required
              value={familyName}
              onChange={(e) => setFamilyName(e.currentTarget.value)}
            />
            <TextInput
              label={t('admin.logins.givenName')}
              required
              value={givenName}
              onChange={(e) => setGivenName(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('admin.logins.role')}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as StaffRole)}
              data={ROLES.map((r) => ({ value: r, label: t(`admin.logins.roles.${r}`) }))}
            />
          </SimpleGrid>
          <ApiErrors error={action.error} />
          {result && (
            <Alert color="green" variant="light" role="status">
              <Text size="sm">{result}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('admin.logins.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function LoginRow({ login }: { login: StaffLogin }) {
  const { t } = useTranslation();
  const [setRole] = useMutation(AdminSetStaffRoleMutation, REFETCH);
  const [setEnabled] = useMutation(AdminSetStaffEnabledMutation, REFETCH);
  const action = useAction();
  const [role, setValue] = useState<StaffRole>(login.role);
  return (
    <Table.Tr>
      <Table.Td>{login.username}</Table.Td>
      <Table.Td>{[login.familyName, login.givenName].filter(Boolean).join(' ')}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" align="end">
          <NativeSelect
            aria-label={t('admin.logins.changeRole', { username: login.username })}
            value={role}
            onChange={(e) => setValue(e.currentTarget.value as StaffRole)}
            data={ROLES.map((r) => ({ value: r, label: t(`admin.logins.roles.${r}`) }))}
          />
          <Button
            size="xs"
            variant="light"
            disabled={role === login.role}
            loading={action.busy}
            onClick={() => void action.run(() => setRole({ variables: { username: login.username, role } }))}
          >
            {t('admin.logins.setRole')}
          </Button>
        </Group>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={login.enabled ? 'green' : 'gray'} c="dark">
          {login.enabled ? t('admin.logins.active') : t('admin.logins.disabled')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="outline"
          color={login.enabled ? 'red' : 'blue'}
          loading={action.busy}
          aria-label={`${login.enabled ? t('admin.logins.disable') : t('admin.logins.enable')}: ${login.username}`}
          onClick={() => void action.run(() => setEnabled({ variables: { username: login.username, enabled: !login.enabled } }))}
        >
          {login.enabled ? t('admin.logins.disable') : t('admin.logins.enable')}
        </Button>
        <ApiErrors error={action.error} />
      </Table.Td>
    </Table.Tr>
  );
}

/** 職員ログイン: invite directors and org admins, change their role, disable a login. */
export function StaffLoginsScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminStaffLoginsQuery);
  const logins = data?.staffLogins ?? [];
  return (
    <Stack>
      <Title order={2}>{t('admin.logins.title')}</Title>
      <Text>{t('admin.logins.intro')}</Text>
      <InviteStaffForm />
      <ApiErrors error={error} />
      {loading && !data ? (
        <ScreenLoader />
      ) : logins.length === 0 ? (
        <Text>{t('admin.logins.empty')}</Text>
      ) : (
        <ScrollTable minWidth={720}>
          <Table>
            <Table.Caption>{t('admin.logins.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.logins.username')}</Table.Th>
                <Table.Th scope="col">{t('admin.logins.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.logins.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.logins.enabled')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.logins.disable')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {logins.map((login) => (
                <LoginRow key={login.username} login={login} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
