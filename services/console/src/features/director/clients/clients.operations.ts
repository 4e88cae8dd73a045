import { graphql } from '../../../gql';

// 発注者・契約: the director's clients and their contracts. Kept in one file per feature so a
// schema change (an update mutation, say) is adapted here and regenerated with `npm run schema`.

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
