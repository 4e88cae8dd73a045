import { Badge, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ApiErrors } from '../errors/ApiErrors';
import { ScreenLoader } from '../shell/ScreenLoader';
import { ScrollTable } from '../shell/ScrollTable';

const ConsortiumQuery = graphql(`
  query ConsortiumOverview {
    consortiumMembers {
      id
      name
      kind
      status
      operatingForm
    }
    memberNodes {
      id
      orgId
      subgraph
      status
    }
  }
`);

/** The support body's overview: members and the state of their nodes. */
export function ConsortiumScreen() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ConsortiumQuery);
  if (loading && !data) return <ScreenLoader />;
  const nodesOf = (orgId: string) => (data?.memberNodes ?? []).filter((n) => n.orgId === orgId);
  return (
    <Stack>
      <Title order={2}>{t('consortium.title')}</Title>
      <ApiErrors error={error} />
      <ScrollTable minWidth={480}>
        <Table striped>
          <Table.Caption>{t('consortium.members')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consortium.members')}</Table.Th>
              <Table.Th scope="col">{t('consortium.nodes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.consortiumMembers ?? []).map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  {member.name}{' '}
                  <Badge variant="light" c="dark">
                    {member.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {nodesOf(member.id).map((n) => (
                    <Badge key={n.id} mr={4} variant="outline" c="dark">
                      {n.subgraph}: {n.status}
                    </Badge>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
