import { graphql } from '../../gql';

// プロジェクト: named groups of members (e.g. a wide-area project led by one member), their KPI
// plans as the state's sheets write them, and the project's KPI sheet and its files.

export const ProjectsQuery = graphql(`
  query SupportProjects {
    projects {
      id
      name
      leadOrgId
      memberOrgIds
      createdAt
    }
    consortiumMembers {
      id
      name
      kind
      status
    }
  }
`);

export const ProjectQuery = graphql(`
  query SupportProject($projectId: ID!) {
    project(projectId: $projectId) {
      id
      name
      leadOrgId
      memberOrgIds
      createdAt
    }
    projectKpiPlans(projectId: $projectId) {
      projectId
      kpi
      baseYear
      baseValue
      finalYear
      finalIncrease
      yearlyIncreases {
        fiscalYear
        increase
      }
    }
    consortiumMembers {
      id
      name
      kind
      status
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation SupportCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
      leadOrgId
      memberOrgIds
      createdAt
    }
  }
`);

export const SetProjectMembersMutation = graphql(`
  mutation SupportSetProjectMembers($input: SetProjectMembersInput!) {
    setProjectMembers(input: $input) {
      id
      leadOrgId
      memberOrgIds
    }
  }
`);

export const SetProjectKpiPlanMutation = graphql(`
  mutation SupportSetProjectKpiPlan($input: SetProjectKpiPlanInput!) {
    setProjectKpiPlan(input: $input) {
      projectId
      kpi
      baseYear
      baseValue
      finalYear
      finalIncrease
      yearlyIncreases {
        fiscalYear
        increase
      }
    }
  }
`);

export const ProjectKpiSheetQuery = graphql(`
  query SupportProjectKpiSheet($fiscalYear: Int!, $projectId: ID!) {
    projectKpiSheet(fiscalYear: $fiscalYear, projectId: $projectId) {
      projectId
      fiscalYear
      lines {
        ...KpiSheetLineFields
      }
    }
  }
`);

export const ProjectKpiSheetCsvQuery = graphql(`
  query SupportProjectKpiSheetCsv($fiscalYear: Int!, $projectId: ID!) {
    projectKpiSheetCsv(fiscalYear: $fiscalYear, projectId: $projectId) {
      filename
      contentType
      content
    }
  }
`);

export const ProjectKpiSheetPdfQuery = graphql(`
  query SupportProjectKpiSheetPdf($fiscalYear: Int!, $projectId: ID!) {
    projectKpiSheetPdf(fiscalYear: $fiscalYear, projectId: $projectId) {
      filename
      contentType
      base64
    }
  }
`);
