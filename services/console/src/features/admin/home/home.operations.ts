import { graphql } from '../../../gql';

// 管理ホーム: what needs the org admin's attention, each read from the service that owns it.

export const AdminHomeChecklistQuery = graphql(`
  query AdminHomeChecklist {
    onboardingChecklist {
      orgId
      code
      title
      done
    }
  }
`);

export const AdminHomeWorkersQuery = graphql(`
  query AdminHomeWorkers {
    workerPaperworkGaps {
      worker {
        orgId
        id
        familyName
        givenName
      }
      missingBasicContract
      missingBankAccount
    }
    workersReadyForPromotion {
      workerId
      axis
      currentStage
      nextStage
      worker {
        orgId
        id
        familyName
        givenName
      }
    }
  }
`);

export const AdminHomePayMonthsQuery = graphql(`
  query AdminHomePayMonths($m1: String!, $m2: String!, $m3: String!) {
    m1: payMonthPreview(month: $m1) {
      ...AdminHomePayMonth
    }
    m2: payMonthPreview(month: $m2) {
      ...AdminHomePayMonth
    }
    m3: payMonthPreview(month: $m3) {
      ...AdminHomePayMonth
    }
  }

  fragment AdminHomePayMonth on PayMonthPreview {
    orgId
    month
    closed
    ended
    awaitingReview
    statements {
      workerId
    }
  }
`);

export const AdminHomeAuditQuery = graphql(`
  query AdminHomeAudit {
    auditLog(first: 5) {
      nodes {
        id
        at
        actorName
        action
        entityType
      }
    }
  }
`);
