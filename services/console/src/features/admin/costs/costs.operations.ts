import { graphql } from '../../../gql';

// 運営経費: the member's operating costs per fiscal year, kept at the hub's reporting service,
// which subtracts them in the net result (収支).

export const AdminOperatingCostsQuery = graphql(`
  query AdminOperatingCosts($fiscalYear: Int!) {
    operatingCosts(fiscalYear: $fiscalYear) {
      orgId
      fiscalYear
      amountYen
    }
  }
`);

export const AdminSetOperatingCostMutation = graphql(`
  mutation AdminSetOperatingCost($input: SetOperatingCostInput!) {
    setOperatingCost(input: $input) {
      orgId
      fiscalYear
      amountYen
    }
  }
`);
