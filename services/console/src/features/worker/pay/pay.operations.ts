import { graphql } from '../../../gql';

// 報酬と証明書: the worker's own pay statements, and the 就労証明書 / 支払証明書 PDFs.
export const WorkerPayQuery = graphql(`
  query WorkerPay {
    myPayStatements {
      orgId
      id
      month
      minutes
      grossYen
      withholdingYen
      netYen
      imported
      lines {
        assignmentId
        workedMonth
        adjustmentOf
        payBasis
        minutes
        quantity
        rateYen
        amountYen
      }
    }
    myAssignments {
      orgId
      id
      taskTitle
    }
  }
`);

export const WorkCertificateQuery = graphql(`
  query WorkerWorkCertificate($from: String!, $to: String!) {
    myWorkCertificate(from: $from, to: $to) {
      filename
      contentType
      base64
    }
  }
`);

export const PaymentCertificateQuery = graphql(`
  query WorkerPaymentCertificate($from: String!, $to: String!) {
    myPaymentCertificate(from: $from, to: $to) {
      filename
      contentType
      base64
    }
  }
`);
