import { graphql } from '../../../gql';

// 発注者・契約: the director's clients and their contracts, created and edited here (the server
// validates and audits each edit, and keeps an NDA while confidential orders stand on it).

export const ClientsQuery = graphql(`
  query DirectorClients {
    clients {
      orgId
      id
      name
      sector
      contactName
      contactEmail
    }
    contracts {
      orgId
      id
      clientId
      type
      ndaSigned
      startsOn
      endsOn
    }
  }
`);

export const CreateClientMutation = graphql(`
  mutation DirectorCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      orgId
      id
      name
    }
  }
`);

export const CreateContractMutation = graphql(`
  mutation DirectorCreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      orgId
      id
      clientId
    }
  }
`);

export const UpdateClientMutation = graphql(`
  mutation DirectorUpdateClient($id: ID!, $input: UpdateClientInput!) {
    updateClient(id: $id, input: $input) {
      orgId
      id
      name
      sector
      contactName
      contactEmail
    }
  }
`);

export const UpdateContractMutation = graphql(`
  mutation DirectorUpdateContract($id: ID!, $input: UpdateContractInput!) {
    updateContract(id: $id, input: $input) {
      orgId
      id
      clientId
      type
      ndaSigned
      startsOn
      endsOn
    }
  }
`);
