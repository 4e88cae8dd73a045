import { graphql } from '../../gql';

// 導入自治体数の推移: the registry's members with their onboarding dates, and the reporting
// service's 新規導入自治体数 KPI (from the year's stored snapshot) to read beside them.

export const AdoptionMembersQuery = graphql(`
  query SupportAdoptionMembers {
    consortiumMembers {
      id
      name
      kind
      status
      createdAt
    }
  }
`);

export const AdoptionKpiQuery = graphql(`
  query SupportAdoptionKpi($fiscalYear: Int!) {
    fiscalYearReport(fiscalYear: $fiscalYear) {
      fiscalYear
      consortium {
        municipalityCount
        totals {
          newMunicipalities
        }
      }
    }
  }
`);
