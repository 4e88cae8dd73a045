import { graphql } from '../../../gql';

// Each takes $orgId: a partner operator's staff close a municipality-run member's pay (支払い is
// delegated); the Apollo client fills it in while they act for the member.
// 支払締め: a month's preview (what closing would pay, computed by the server without writing),
// its close, and its statements (支払明細) with withholding (源泉徴収).

export const PayMonthQuery = graphql(`
  query DirectorPayMonth($orgId: String, $month: String!) {
    payMonth(orgId: $orgId, month: $month) {
      orgId
      month
      closedAt
      statementCount
      grossYen
      withholdingYen
      netYen
    }
    payStatements(orgId: $orgId, month: $month) {
      orgId
      id
      month
      workerId
      minutes
      grossYen
      withholdingBaseYen
      withholdingYen
      netYen
    }
    payMonthPreview(orgId: $orgId, month: $month) {
      orgId
      month
      closed
      ended
      awaitingReview
      grossYen
      withholdingYen
      netYen
      statements {
        workerId
        minutes
        grossYen
        withholdingBaseYen
        withholdingYen
        netYen
      }
    }
    workers(orgId: $orgId, first: 100) {
      nodes {
        orgId
        id
        familyName
        givenName
        familyNameKana
        givenNameKana
      }
    }
  }
`);

export const ClosePayMonthMutation = graphql(`
  mutation DirectorClosePayMonth($orgId: String, $month: String!) {
    closePayMonth(orgId: $orgId, month: $month) {
      orgId
      month
      statementCount
      grossYen
      withholdingYen
      netYen
    }
  }
`);
