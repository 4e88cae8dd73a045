import { graphql } from '../../gql';

// 実績報告: a fiscal year's KPIs (a member's or the consortium's), the KPI sheet with targets and
// 達成率, and the files the API draws (CSV, the KPI sheet as PDF).

export const ReportMembersQuery = graphql(`
  query ReportMembers {
    consortiumMembers {
      id
      name
      kind
      status
      createdAt
    }
  }
`);

export const FiscalYearReportQuery = graphql(`
  query ReportFiscalYear($fiscalYear: Int!, $orgId: String, $current: Boolean) {
    fiscalYearReport(fiscalYear: $fiscalYear, orgId: $orgId, current: $current) {
      fiscalYear
      orgs {
        orgId
        takenMonth
        current
        totals {
          ...ReportTotals
        }
        byClient {
          clientId
          clientName
          sector
          valueYen
          orderCount
          sharePercent
        }
        byCategory {
          category
          valueYen
          orderCount
        }
        sharedWork {
          homeOrgId
          taskOrgId
          approvedMinutes
          payYen
        }
        yearOverYear {
          kpi
          current
          previous
          changePercent
        }
      }
      consortium {
        memberCount
        municipalityCount
        totals {
          ...ReportTotals
        }
        byCategory {
          category
          valueYen
          orderCount
        }
        sharedWork {
          homeOrgId
          taskOrgId
          approvedMinutes
          payYen
        }
        yearOverYear {
          kpi
          current
          previous
          changePercent
        }
      }
    }
  }

  fragment ReportTotals on KpiTotals {
    orders {
      orderCount
      valueYen
    }
    publicSector {
      orderCount
      valueYen
    }
    privateSector {
      orderCount
      valueYen
    }
    routine {
      orderCount
      valueYen
    }
    nonRoutine {
      orderCount
      valueYen
    }
    workersEarningAtLeast10000
    registeredWorkers
    activeWorkers
    averagePayPerActiveWorkerYen
    totalWorkerPayYen
    operatingCostsYen
    netResultYen
    largestClientSharePercent
    sharedWorkMinutes
    sharedWorkIncomeYen
    sharedWorkCostYen
    invoiceCount
    invoicedYen
    paymentsReceivedYen
  }
`);

export const KpiSheetQuery = graphql(`
  query ReportKpiSheet($fiscalYear: Int!, $orgId: String) {
    kpiSheet(fiscalYear: $fiscalYear, orgId: $orgId) {
      orgId
      fiscalYear
      lines {
        ...KpiSheetLineFields
      }
    }
  }

  fragment KpiSheetLineFields on KpiSheetLine {
    kpi
    label
    baseYear
    baseValue
    finalYear
    finalIncrease
    yearTarget
    yearActual
    yearRatePercent
    cumulativeTarget
    cumulativeActual
    cumulativeRatePercent
  }
`);

export const ReportCsvQuery = graphql(`
  query ReportCsv($fiscalYear: Int!, $kind: ReportCsvKind!, $orgId: String) {
    reportCsv(fiscalYear: $fiscalYear, kind: $kind, orgId: $orgId) {
      filename
      contentType
      content
    }
  }
`);

export const KpiSheetCsvQuery = graphql(`
  query ReportKpiSheetCsv($fiscalYear: Int!, $orgId: String) {
    kpiSheetCsv(fiscalYear: $fiscalYear, orgId: $orgId) {
      filename
      contentType
      content
    }
  }
`);

export const KpiSheetPdfQuery = graphql(`
  query ReportKpiSheetPdf($fiscalYear: Int!, $orgId: String) {
    kpiSheetPdf(fiscalYear: $fiscalYear, orgId: $orgId) {
      filename
      contentType
      base64
    }
  }
`);
