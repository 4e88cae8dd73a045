import { graphql } from '../../../gql';

// 請求: a fiscal year's invoices, the accepted orders waiting for one, issuing and the PDF. Each
// takes $orgId: 請求 is delegated to a municipality-run member's partner operator (acting-for.ts).

export const InvoicesQuery = graphql(`
  query DirectorInvoices($orgId: String, $fiscalYear: Int!) {
    invoices(orgId: $orgId, fiscalYear: $fiscalYear) {
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
    clients(orgId: $orgId) {
      orgId
      id
      name
    }
    orders(orgId: $orgId, first: 100, status: ACCEPTED) {
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
  mutation DirectorIssueInvoice($orgId: String, $input: IssueInvoiceInput!) {
    issueInvoice(orgId: $orgId, input: $input) {
      orgId
      id
      number
      totalYen
    }
  }
`);

export const InvoicePdfQuery = graphql(`
  query DirectorInvoicePdf($orgId: String, $id: ID!) {
    invoicePdf(orgId: $orgId, id: $id) {
      filename
      contentType
      base64
    }
  }
`);
