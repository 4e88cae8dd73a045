import { EntityManager } from 'typeorm';
import { HistoryImportBatch, HistoryImportKind } from './history-import.models';
import { HistoryImportError } from './history-import.errors';

/**
 * The import_batches table each node that takes history keeps (same columns on orders and
 * workers, each in its own migration): what a node reads back as a HistoryImportBatch.
 */
export const IMPORT_BATCH_COLUMNS = `id, org_id AS "orgId", kind, file_name AS "fileName", encoding, row_count AS "rowCount", sha256,
  imported_by AS "importedBy", imported_at AS "importedAt", voided_by AS "voidedBy", voided_at AS "voidedAt", void_reason AS "voidReason"`;

/** Writes the batch row inside the import's transaction. */
export async function insertImportBatch(
  manager: EntityManager,
  batch: {
    orgId: string;
    kind: HistoryImportKind;
    fileName: string;
    encoding: string;
    rowCount: number;
    sha256: string;
    importedBy: string;
  },
): Promise<HistoryImportBatch> {
  const [row] = (await manager.query(
    `INSERT INTO import_batches (org_id, kind, file_name, encoding, row_count, sha256, imported_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${IMPORT_BATCH_COLUMNS}`,
    [batch.orgId, batch.kind, batch.fileName, batch.encoding, batch.rowCount, batch.sha256, batch.importedBy],
  )) as HistoryImportBatch[];
  return row;
}

/**
 * Locks the org's batch for voiding and announces the void to the immutability triggers for the
 * rest of the transaction (set_config(..., true) is transaction-local), then marks the batch.
 * The caller marks the batch's records in between `lock` and `finish`.
 */
export async function voidImportBatch(
  manager: EntityManager,
  orgId: string,
  batchId: string,
  actorId: string,
  reason: string,
  markRecords: (manager: EntityManager, batch: HistoryImportBatch) => Promise<void>,
): Promise<HistoryImportBatch> {
  const [batch] = (await manager.query(`SELECT ${IMPORT_BATCH_COLUMNS} FROM import_batches WHERE org_id = $1 AND id = $2 FOR UPDATE`, [
    orgId,
    batchId,
  ])) as HistoryImportBatch[];
  if (!batch) throw new HistoryImportError('IMPORT_BATCH_NOT_FOUND', `No import batch ${batchId} in org ${orgId}.`);
  if (batch.voidedAt)
    throw new HistoryImportError('IMPORT_BATCH_ALREADY_VOIDED', `Import batch ${batchId} was voided already.`, {
      voidedAt: batch.voidedAt,
    });
  await manager.query(`SELECT set_config('kyodo.voiding_batch', $1, true)`, [batchId]);
  await markRecords(manager, batch);
  const [[voided]] = (await manager.query(
    `UPDATE import_batches SET voided_by = $3, voided_at = now(), void_reason = $4 WHERE org_id = $1 AND id = $2 RETURNING ${IMPORT_BATCH_COLUMNS}`,
    [orgId, batchId, actorId, reason],
  )) as [HistoryImportBatch[], number];
  await manager.query(`SELECT set_config('kyodo.voiding_batch', '', true)`);
  return voided;
}

/** SQL for a history date as an instant: the Tokyo day's start, so fiscal-year ranges (Tokyo days) find it. */
export const tokyoDayStart = (param: string): string => `(${param}::date::timestamp AT TIME ZONE 'Asia/Tokyo')`;
