export { decodeCsvBytes, readUpload } from './csv-bytes';
export type { CsvEncoding } from './csv-bytes';
export { readCsvTable } from './csv-table';
export type { ImportColumn, CsvRow } from './csv-table';
export { RowReader, toIsoDate, YES_NO } from './import-cells';
export { IMPORT_MAX_ROWS } from './import-problem';
export type { ImportProblem, ImportProblemCode } from './import-problem';
export {
  HistoryImportKind,
  HistoryImportBatch,
  HistoryImportResult,
  ImportHistoryInput,
  ImportProblemModel,
  VoidImportBatchInput,
  IMPORT_MAX_BASE64_LENGTH,
} from './history-import.models';
export { HistoryImportError } from './history-import.errors';
export type { HistoryImportErrorCode } from './history-import.errors';
export { IMPORT_BATCH_COLUMNS, insertImportBatch, tokyoDayStart, voidImportBatch } from './import-batch-sql';
