import { graphql } from '../../../gql';

// 過去実績の取り込み: orders and settlements go to the orders node, workers and pay to the workers node.

export const ImportBatchesQuery = graphql(`
  query AdminImportBatches {
    orderImportBatches {
      ...AdminImportBatch
    }
    workerImportBatches {
      ...AdminImportBatch
    }
  }
`);

export const ImportBatchFragment = graphql(`
  fragment AdminImportBatch on HistoryImportBatch {
    id
    orgId
    kind
    fileName
    encoding
    rowCount
    importedAt
    voidedAt
    voidReason
  }
`);

export const ImportOrderHistoryMutation = graphql(`
  mutation AdminImportOrderHistory($input: ImportHistoryInput!) {
    importOrderHistory(input: $input) {
      ...AdminImportResult
    }
  }
`);

export const ImportWorkerHistoryMutation = graphql(`
  mutation AdminImportWorkerHistory($input: ImportHistoryInput!) {
    importWorkerHistory(input: $input) {
      ...AdminImportResult
    }
  }
`);

export const ImportResultFragment = graphql(`
  fragment AdminImportResult on HistoryImportResult {
    kind
    dryRun
    encoding
    rowCount
    problems {
      line
      column
      code
      message
    }
    batch {
      id
      rowCount
    }
  }
`);

export const VoidOrderImportBatchMutation = graphql(`
  mutation AdminVoidOrderImportBatch($input: VoidImportBatchInput!) {
    voidOrderImportBatch(input: $input) {
      id
      voidedAt
      voidReason
    }
  }
`);

export const VoidWorkerImportBatchMutation = graphql(`
  mutation AdminVoidWorkerImportBatch($input: VoidImportBatchInput!) {
    voidWorkerImportBatch(input: $input) {
      id
      voidedAt
      voidReason
    }
  }
`);
