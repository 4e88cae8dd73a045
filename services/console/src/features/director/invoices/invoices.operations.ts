import { graphql } from '../../../gql';

// 請求: a fiscal year's invoices, the accepted orders waiting for one, issuing and the PDF.

export const InvoicesQuery = graphql(`
  query DirectorInvoices($fiscalYear: Int!) {
    invoices(fiscalYear: $fiscalYear) {
      orgId
      id
      clientId
      kind
      number
      importReference
      importBatchId
      voidedAt
      issuedOn
      subtotalYen
      taxYen
      totalYen
      lines {
        id
        description
        amountYen
        taxRatePercent
      }
    }
    clients {
      orgId
      id
      name
    }
    orders(first: 100, status: ACCEPTED) {
      nodes {
        orgId
        id
        title
        valueYen
        client {
          orgId
          id
          name
        }
      }
    }
  }
`);

export const IssueInvoiceMutation = graphql(`
  mutation DirectorIssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      orgId
      id
      number
      totalYen
    }
  }
`);

export const InvoicePdfQuery = graphql(`
  query DirectorInvoicePdf($id: ID!) {
    invoicePdf(id: $id) {
      filename
      contentType
      base64
    }
  }
`);
