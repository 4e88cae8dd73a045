import { graphql } from '../../gql';

// 代理操作: the members the operator's staff may act for, by name, with what each delegated.

export const ActableMembersQuery = graphql(`
  query ActableMembers {
    consortiumMembers {
      id
      name
      partnerOperatorId
      delegatedFunctions
      operatorConfirmations
    }
  }
`);
