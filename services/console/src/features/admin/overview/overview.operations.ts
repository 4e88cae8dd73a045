import { graphql } from '../../../gql';

// 管理メニュー: the member's onboarding checklist (read only), its sales activity log (営業活動)
// and its own KPI sheet downloads.

export const AdminChecklistQuery = graphql(`
  query AdminChecklist {
    onboardingChecklist {
      orgId
      code
      title
      done
      doneAt
    }
  }
`);

export const AdminSalesActivitiesQuery = graphql(`
  query AdminSalesActivities($fiscalYear: Int!) {
    salesActivities(fiscalYear: $fiscalYear) {
      orgId
      id
      visitedOn
      prospect
      outcome
      staffName
      note
    }
  }
`);

export const AdminRecordSalesActivityMutation = graphql(`
  mutation AdminRecordSalesActivity($input: RecordSalesActivityInput!) {
    recordSalesActivity(input: $input) {
      orgId
      id
    }
  }
`);

export const AdminKpiSheetFilesQuery = graphql(`
  query AdminKpiSheetFiles($fiscalYear: Int!) {
    kpiSheetPdf(fiscalYear: $fiscalYear) {
      filename
      base64
    }
    kpiSheetCsv(fiscalYear: $fiscalYear) {
      filename
      content
    }
  }
`);
