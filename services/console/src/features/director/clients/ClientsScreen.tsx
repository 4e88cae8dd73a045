import { Badge, Button, Card, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientSector, ContractType } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { ApiErrors } from '../../errors/ApiErrors';
import { ScreenLoader } from '../../shell/ScreenLoader';
import { Section } from '../../shell/Section';
import { useAction } from '../../shell/use-action';
import {
  ClientsQuery,
  CreateClientMutation,
  CreateContractMutation,
  UpdateClientMutation,
  UpdateContractMutation,
} from './clients.operations';
import { ScrollTable } from '../../shell/ScrollTable';

function NewClientForm() {
  const { t } = useTranslation();
  const [createClient] = useMutation(CreateClientMutation, { refetchQueries: ['DirectorClients'], awaitRefetchQueries: true });
  const action = useAction();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<ClientSector>('PUBLIC');
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() =>
      createClient({
        variables: {
          input: { name: name.trim(), sector, contactName: contactName.trim() || null, contactEmail: contactEmail.trim() || null },
        },
      }),
    );
    if (done) {
      setName('');
      setContactName('');
      setContactEmail('');
    }
  }

  return (
    <Section id="new-client" title={t('clients.newClient')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('clients.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={200} />
            <NativeSelect
              label={t('clients.sector')}
              value={sector}
              onChange={(e) => setSector(e.currentTarget.value as ClientSector)}
              data={[
                { value: 'PUBLIC', label: t('clients.sectors.PUBLIC') },
                { value: 'PRIVATE', label: t('clients.sectors.PRIVATE') },
              ]}
            />
            <TextInput
              label={t('clients.contactName')}
              value={contactName}
              onChange={(e) => setContactName(e.currentTarget.value)}
              maxLength={200}
            />
            <TextInput
              label={t('clients.contactEmail')}
              type="email"
              value={contactEmail}
              onChange={(e) => setContactEmail(e.currentTarget.value)}
              maxLength={320}
            />
          </SimpleGrid>
          <ApiErrors error={action.error} />
          <Group>
            <Button type="submit" loading={action.busy} disabled={!name.trim()}>
              {t('clients.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function NewContractForm({ clientId, clientName }: { clientId: string; clientName: string }) {
  const { t } = useTranslation();
  const [createContract] = useMutation(CreateContractMutation, { refetchQueries: ['DirectorClients'], awaitRefetchQueries: true });
  const action = useAction();
  const [type, setType] = useState<ContractType>('UKEOI');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [ndaSigned, setNdaSigned] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(() => createContract({ variables: { input: { clientId, type, startsOn, endsOn, ndaSigned } } }));
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('clients.newContractFor', { client: clientName })}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('clients.contractType')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as ContractType)}
            data={[
              { value: 'UKEOI', label: t('clients.contractTypes.UKEOI') },
              { value: 'JUNIN', label: t('clients.contractTypes.JUNIN') },
            ]}
          />
          <TextInput
            label={t('clients.startsOn')}
            type="date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            required
          />
          <TextInput label={t('clients.endsOn')} type="date" value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} required />
        </SimpleGrid>
        <Checkbox label={t('clients.ndaSigned')} checked={ndaSigned} onChange={(e) => setNdaSigned(e.currentTarget.checked)} />
        <ApiErrors error={action.error} />
        <Group>
          <Button type="submit" variant="light" loading={action.busy} disabled={!startsOn || !endsOn}>
            {t('clients.addContract')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ClientRow {
  id: string;
  name: string;
  sector: ClientSector;
  contactName?: string | null;
  contactEmail?: string | null;
}

interface ContractRow {
  id: string;
  type: ContractType;
  ndaSigned: boolean;
  startsOn: string;
  endsOn: string;
}

/** Corrects a client's name, sector or contact; an emptied contact field is cleared on the server. */
function EditClientForm({ client, onDone }: { client: ClientRow; onDone: () => void }) {
  const { t } = useTranslation();
  const [updateClient] = useMutation(UpdateClientMutation, { refetchQueries: ['DirectorClients'], awaitRefetchQueries: true });
  const action = useAction();
  const [name, setName] = useState(client.name);
  const [sector, setSector] = useState<ClientSector>(client.sector);
  const [contactName, setContactName] = useState(client.contactName ?? '');
  const [contactEmail, setContactEmail] = useState(client.contactEmail ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() =>
      updateClient({
        variables: {
          id: client.id,
          input: { name: name.trim(), sector, contactName: contactName.trim() || null, contactEmail: contactEmail.trim() || null },
        },
      }),
    );
    if (done) onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('clients.editClientOf', { client: client.name })}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('clients.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
            data-autofocus
          />
          <NativeSelect
            label={t('clients.sector')}
            value={sector}
            onChange={(e) => setSector(e.currentTarget.value as ClientSector)}
            data={[
              { value: 'PUBLIC', label: t('clients.sectors.PUBLIC') },
              { value: 'PRIVATE', label: t('clients.sectors.PRIVATE') },
            ]}
          />
          <TextInput
            label={t('clients.contactName')}
            value={contactName}
            onChange={(e) => setContactName(e.currentTarget.value)}
            maxLength={200}
          />
          <TextInput
            label={t('clients.contactEmail')}
            type="email"
            value={contactEmail}
            onChange={(e) => setContactEmail(e.currentTarget.value)}
            maxLength={320}
          />
        </SimpleGrid>
        <ApiErrors error={action.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('clients.cancel')}
          </Button>
          <Button type="submit" loading={action.busy} disabled={!name.trim()}>
            {t('clients.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Corrects a contract's type, period or NDA; the server keeps an NDA that a standing confidential order relies on. */
function EditContractForm({ contract, clientName, onDone }: { contract: ContractRow; clientName: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [updateContract] = useMutation(UpdateContractMutation, { refetchQueries: ['DirectorClients'], awaitRefetchQueries: true });
  const action = useAction();
  const [type, setType] = useState<ContractType>(contract.type);
  const [startsOn, setStartsOn] = useState(contract.startsOn);
  const [endsOn, setEndsOn] = useState(contract.endsOn);
  const [ndaSigned, setNdaSigned] = useState(contract.ndaSigned);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => updateContract({ variables: { id: contract.id, input: { type, startsOn, endsOn, ndaSigned } } }));
    if (done) onDone();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t('clients.editContractOf', { client: clientName })}>
      <Stack gap="sm">
        <NativeSelect
          label={t('clients.contractType')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as ContractType)}
          data={[
            { value: 'UKEOI', label: t('clients.contractTypes.UKEOI') },
            { value: 'JUNIN', label: t('clients.contractTypes.JUNIN') },
          ]}
          data-autofocus
        />
        <TextInput
          label={t('clients.startsOn')}
          type="date"
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
          required
        />
        <TextInput label={t('clients.endsOn')} type="date" value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} required />
        <Checkbox label={t('clients.ndaSigned')} checked={ndaSigned} onChange={(e) => setNdaSigned(e.currentTarget.checked)} />
        <ApiErrors error={action.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('clients.cancel')}
          </Button>
          <Button type="submit" loading={action.busy} disabled={!startsOn || !endsOn}>
            {t('clients.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 発注者・契約: who the member works for, under which contracts, and whether an NDA is signed. */
export function ClientsScreen() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(ClientsQuery);
  const contractsOf = (clientId: string) => (data?.contracts ?? []).filter((c) => c.clientId === clientId);
  const [editingClient, setEditingClient] = useState<ClientRow | null>(null);
  const [editingContract, setEditingContract] = useState<{ contract: ContractRow; clientName: string } | null>(null);

  return (
    <Stack>
      <Title order={2}>{t('clients.title')}</Title>
      <ApiErrors error={error} />
      <NewClientForm />
      {loading && !data ? (
        <ScreenLoader />
      ) : (data?.clients ?? []).length === 0 ? (
        <Text>{t('clients.empty')}</Text>
      ) : (
        <Stack gap="md" data-testid="clients">
          {(data?.clients ?? []).map((client) => (
            <Card key={client.id} withBorder component="article" aria-labelledby={`client-${client.id}`}>
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={3} size="h4" id={`client-${client.id}`}>
                    {client.name}
                  </Title>
                  <Group gap="xs">
                    <Badge variant="light" c="dark">
                      {t(`clients.sectors.${client.sector}`)}
                    </Badge>
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => setEditingClient(client)}
                      aria-label={t('clients.editClientOf', { client: client.name })}
                    >
                      {t('clients.edit')}
                    </Button>
                  </Group>
                </Group>
                {(client.contactName || client.contactEmail) && (
                  <Text size="sm">
                    {t('clients.contact')}: {[client.contactName, client.contactEmail].filter(Boolean).join(' / ')}
                  </Text>
                )}
                {contractsOf(client.id).length === 0 ? (
                  <Text size="sm">{t('clients.noContracts')}</Text>
                ) : (
                  <ScrollTable minWidth={360}>
                    <Table>
                      <Table.Caption>{t('clients.contractsOf', { client: client.name })}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('clients.contractType')}</Table.Th>
                          <Table.Th scope="col">{t('clients.period')}</Table.Th>
                          <Table.Th scope="col">{t('clients.nda')}</Table.Th>
                          <Table.Th scope="col">{t('order.actions')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {contractsOf(client.id).map((contract) => (
                          <Table.Tr key={contract.id}>
                            <Table.Td>{t(`clients.contractTypes.${contract.type}`)}</Table.Td>
                            <Table.Td>
                              {formatDate(contract.startsOn, i18n.language)} – {formatDate(contract.endsOn, i18n.language)}
                            </Table.Td>
                            <Table.Td>{contract.ndaSigned ? t('clients.ndaYes') : t('clients.ndaNo')}</Table.Td>
                            <Table.Td>
                              <Button
                                size="xs"
                                variant="outline"
                                onClick={() => setEditingContract({ contract, clientName: client.name })}
                                aria-label={t('clients.editContractLabel', {
                                  client: client.name,
                                  from: formatDate(contract.startsOn, i18n.language),
                                })}
                              >
                                {t('clients.edit')}
                              </Button>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                )}
                <NewContractForm clientId={client.id} clientName={client.name} />
                <Group>
                  <Button component={Link} to={`/director/orders/new?clientId=${encodeURIComponent(client.id)}`} variant="outline">
                    {t('clients.newOrder', { client: client.name })}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
      <Modal
        opened={editingClient !== null}
        onClose={() => setEditingClient(null)}
        closeButtonProps={{ 'aria-label': t('clients.closeDialog') }}
        title={editingClient ? t('clients.editClientOf', { client: editingClient.name }) : ''}
      >
        {editingClient && <EditClientForm client={editingClient} onDone={() => setEditingClient(null)} />}
      </Modal>
      <Modal
        opened={editingContract !== null}
        onClose={() => setEditingContract(null)}
        closeButtonProps={{ 'aria-label': t('clients.closeDialog') }}
        title={editingContract ? t('clients.editContractOf', { client: editingContract.clientName }) : ''}
      >
        {editingContract && (
          <EditContractForm
            contract={editingContract.contract}
            clientName={editingContract.clientName}
            onDone={() => setEditingContract(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
