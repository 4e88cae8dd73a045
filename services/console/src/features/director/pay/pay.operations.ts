import { graphql } from '../../../gql';

// 支払締め: a month's preview (what closing would pay, computed by the server without writing),
// its close, and its statements (支払明細) with withholding (源泉徴収).

export const PayMonthQuery = graphql(`
  query DirectorPayMonth($month: String!) {
    payMonth(month: $month) {
      orgId
      month
      closedAt
      statementCount
      grossYen
      withholdingYen
      netYen
    }
    payStatements(month: $month) {
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
    payMonthPreview(month: $month) {
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
    workers(first: 100) {
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
  mutation DirectorClosePayMonth($month: String!) {
    closePayMonth(month: $month) {
      orgId
      month
      statementCount
      grossYen
      withholdingYen
      netYen
    }
  }
`);
