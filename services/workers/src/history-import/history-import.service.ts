import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import {
  HistoryImportBatch,
  HistoryImportError,
  HistoryImportKind,
  HistoryImportResult,
  IMPORT_BATCH_COLUMNS,
  ImportHistoryInput,
  ImportProblem,
  insertImportBatch,
  readUpload,
  tokyoDayStart,
  voidImportBatch,
} from '@kyodo/subgraph/history-import';
import { PayHistoryRow, readPayHistory } from './pay-history-rows';
import { readWorkerHistory, WorkerHistoryRow } from './worker-history-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const WORKERS_NODE_KINDS = [HistoryImportKind.WORKERS, HistoryImportKind.PAY_STATEMENTS];

/**
 * 過去実績の取り込み on the workers node: workers with their registration dates and past pay.
 * As on the orders node: every row checked before anything is written; a dry run or any problem
 * writes nothing; the real import checks again under a per-org lock and writes the batch, its
 * records and one audit line in one transaction.
 */
@Injectable()
export class HistoryImportService {
  constructor(private readonly dataSource: DataSource) {}

  async import(auth: AuthContext, orgId: string, input: ImportHistoryInput): Promise<HistoryImportResult> {
    if (!WORKERS_NODE_KINDS.includes(input.kind))
      throw new HistoryImportError('IMPORT_KIND_ELSEWHERE', `${input.kind} history is imported on the orders node (importOrderHistory).`, {
        kind: input.kind,
      });
    const upload = readUpload(input.csvBase64);
    const today = tokyoToday();
    const result = (rowCount: number, problems: ImportProblem[], batch: HistoryImportBatch | null): HistoryImportResult => ({
      kind: input.kind,
      dryRun: input.dryRun,
      encoding: upload.encoding,
      rowCount,
      problems: [...problems].sort((a, b) => a.line - b.line),
      batch,
    });
    const read = input.kind === HistoryImportKind.WORKERS ? readWorkerHistory(upload.text, today) : readPayHistory(upload.text, today);
    if (input.dryRun)
      return result(read.rowCount, [...read.problems, ...(await this.check(this.dataSource.manager, orgId, input.kind, read.rows))], null);
    if (read.problems.length > 0) return result(read.rowCount, read.problems, null);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kyodo.history-import:' || $1))`, [orgId]);
      const problems = await this.check(manager, orgId, input.kind, read.rows);
      if (problems.length > 0) return result(read.rowCount, problems, null);
      const batch = await insertImportBatch(manager, {
        orgId,
        kind: input.kind,
        fileName: input.fileName,
        encoding: upload.encoding,
        rowCount: read.rowCount,
        sha256: upload.sha256,
        importedBy: auth.userId,
      });
      const written =
        input.kind === HistoryImportKind.WORKERS
          ? await this.writeWorkers(manager, orgId, batch.id, read.rows as WorkerHistoryRow[])
          : await this.writePay(manager, orgId, batch.id, read.rows as PayHistoryRow[]);
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'history-import.import',
        entityType: 'import-batch',
        entityId: batch.id,
        detail: {
          kind: batch.kind,
          fileName: batch.fileName,
          encoding: batch.encoding,
          rowCount: batch.rowCount,
          sha256: batch.sha256,
          ...written,
        },
      });
      return result(read.rowCount, [], batch);
    });
  }

  list(orgId: string): Promise<HistoryImportBatch[]> {
    return this.dataSource.query(`SELECT ${IMPORT_BATCH_COLUMNS} FROM import_batches WHERE org_id = $1 ORDER BY imported_at DESC, id`, [
      orgId,
    ]);
  }

  /**
   * Voids a whole batch in one audited transaction: its pay statements stop counting; its workers
   * become INACTIVE and count nowhere. A workers batch whose workers have pay imported in a batch
   * still standing is refused (void that batch first): pay never points at a worker who is void.
   */
  void(auth: AuthContext, orgId: string, batchId: string, reason: string): Promise<HistoryImportBatch> {
    return this.dataSource.transaction(async (manager) => {
      let marked = 0;
      const batch = await voidImportBatch(manager, orgId, batchId, auth.userId, reason, async (tx, found) => {
        if (found.kind === HistoryImportKind.WORKERS) {
          const [{ paid }] = (await tx.query(
            `SELECT count(*)::int AS paid FROM imported_pay_statements p JOIN workers w ON w.id = p.worker_id
             WHERE w.org_id = $1 AND w.import_batch_id = $2 AND p.voided_at IS NULL`,
            [orgId, batchId],
          )) as { paid: number }[];
          if (paid > 0)
            throw new HistoryImportError('IMPORT_BATCH_IN_USE', 'Pay imported for these workers still stands: void that batch first.', {
              payStatements: paid,
            });
        }
        const [, count] = (await (found.kind === HistoryImportKind.WORKERS
          ? tx.query(`UPDATE workers SET import_voided_at = now(), status = 'INACTIVE' WHERE org_id = $1 AND import_batch_id = $2`, [
              orgId,
              batchId,
            ])
          : tx.query(`UPDATE imported_pay_statements SET voided_at = now() WHERE org_id = $1 AND import_batch_id = $2`, [
              orgId,
              batchId,
            ]))) as [unknown, number];
        marked = count;
      });
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'history-import.void',
        entityType: 'import-batch',
        entityId: batchId,
        detail: { kind: batch.kind, fileName: batch.fileName, reason, recordsVoided: marked },
      });
      return batch;
    });
  }

  private check(manager: EntityManager, orgId: string, kind: HistoryImportKind, rows: (WorkerHistoryRow | PayHistoryRow)[]) {
    return kind === HistoryImportKind.WORKERS
      ? this.checkWorkers(manager, orgId, rows as WorkerHistoryRow[])
      : this.checkPay(manager, orgId, rows as PayHistoryRow[]);
  }

  private async checkWorkers(manager: EntityManager, orgId: string, rows: WorkerHistoryRow[]): Promise<ImportProblem[]> {
    if (rows.length === 0) return [];
    const recorded = await this.workersByReference(
      manager,
      orgId,
      rows.map((r) => r.reference),
    );
    return rows
      .filter((r) => recorded.has(r.reference))
      .map((r) => ({
        line: r.line,
        column: r.headerOf('reference'),
        code: 'IMPORT_ALREADY_RECORDED' as const,
        message: `登録番号 ${r.reference} is already on the books.`,
      }));
  }

  /**
   * The worker must be on the books: by 登録番号 from a workers import, or by the worker's id in
   * Kyodo (a worker registered live, whose past pay comes from the town's books); the month must
   * hold no pay of theirs yet, imported or closed in Kyodo.
   */
  private async checkPay(manager: EntityManager, orgId: string, rows: PayHistoryRow[]): Promise<ImportProblem[]> {
    if (rows.length === 0) return [];
    const workers = await this.payees(
      manager,
      orgId,
      rows.map((r) => r.reference),
    );
    const paid = new Set(
      (
        (await manager.query(
          `SELECT worker_id || ' ' || to_char(month, 'YYYY-MM-DD') AS key FROM imported_pay_statements WHERE org_id = $1 AND worker_id = ANY($2::uuid[]) AND voided_at IS NULL
           UNION SELECT worker_id || ' ' || to_char(month, 'YYYY-MM-DD') FROM pay_statements WHERE org_id = $1 AND worker_id = ANY($2::uuid[])`,
          [orgId, [...workers.values()]],
        )) as { key: string }[]
      ).map((r) => r.key),
    );
    const problems: ImportProblem[] = [];
    for (const row of rows) {
      const workerId = workers.get(row.reference);
      if (!workerId)
        problems.push({
          line: row.line,
          column: row.headerOf('reference'),
          code: 'IMPORT_REFERENCE_UNKNOWN',
          message: `No worker with 登録番号 ${row.reference} (or with that Kyodo worker id): import the workers first.`,
        });
      else if (paid.has(`${workerId} ${row.month}`))
        problems.push({
          line: row.line,
          column: row.headerOf('month'),
          code: 'IMPORT_ALREADY_RECORDED',
          message: `Pay of ${row.reference} for ${row.month.slice(0, 7)} is already on the books.`,
        });
    }
    return problems;
  }

  private async workersByReference(manager: EntityManager, orgId: string, references: string[]): Promise<Map<string, string>> {
    const rows = (await manager.query(
      `SELECT id, import_reference FROM workers WHERE org_id = $1 AND import_reference = ANY($2::text[]) AND import_voided_at IS NULL`,
      [orgId, [...new Set(references)]],
    )) as { id: string; import_reference: string }[];
    return new Map(rows.map((r) => [r.import_reference, r.id]));
  }

  /** Workers a pay row may name, by 登録番号 of a standing import or by their Kyodo worker id. */
  private async payees(manager: EntityManager, orgId: string, references: string[]): Promise<Map<string, string>> {
    const byReference = await this.workersByReference(manager, orgId, references);
    const ids = [...new Set(references.filter((r) => UUID.test(r) && !byReference.has(r)))];
    if (ids.length === 0) return byReference;
    const rows = (await manager.query(`SELECT id FROM workers WHERE org_id = $1 AND id = ANY($2::uuid[]) AND import_voided_at IS NULL`, [
      orgId,
      ids.map((id) => id.toLowerCase()),
    ])) as { id: string }[];
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids) if (found.has(id.toLowerCase())) byReference.set(id, id.toLowerCase());
    return byReference;
  }

  /** Registered on their 登録日 (Tokyo), at stage A on both axes as every new worker, with no monthly hours until staff set them. */
  private async writeWorkers(manager: EntityManager, orgId: string, batchId: string, rows: WorkerHistoryRow[]) {
    await manager.query(
      `INSERT INTO workers (org_id, status, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap,
                            created_at, import_batch_id, import_reference)
       SELECT $1, w.status, w.family_name, w.given_name, w.family_name_kana, w.given_name_kana, 'A', 'A', 0, ${tokyoDayStart('w.registered_on')}, $3, w.reference
       FROM jsonb_to_recordset($2::jsonb) AS w(status text, family_name text, given_name text, family_name_kana text, given_name_kana text,
                                                registered_on date, reference text)`,
      [
        orgId,
        JSON.stringify(
          rows.map((r) => ({
            status: r.status,
            family_name: r.familyName,
            given_name: r.givenName,
            family_name_kana: r.familyNameKana,
            given_name_kana: r.givenNameKana,
            registered_on: r.registeredOn,
            reference: r.reference,
          })),
        ),
        batchId,
      ],
    );
    return { workers: rows.length };
  }

  private async writePay(manager: EntityManager, orgId: string, batchId: string, rows: PayHistoryRow[]) {
    const workers = await this.payees(
      manager,
      orgId,
      rows.map((r) => r.reference),
    );
    await manager.query(
      `INSERT INTO imported_pay_statements (org_id, import_batch_id, worker_id, month, minutes, gross_yen, withholding_yen, net_yen)
       SELECT $1, $3, p.worker_id, p.month, p.minutes, p.gross_yen, p.withholding_yen, p.gross_yen - p.withholding_yen
       FROM jsonb_to_recordset($2::jsonb) AS p(worker_id uuid, month date, minutes int, gross_yen bigint, withholding_yen bigint)`,
      [
        orgId,
        JSON.stringify(
          rows.map((r) => ({
            worker_id: workers.get(r.reference),
            month: r.month,
            minutes: r.minutes,
            gross_yen: r.grossYen.toString(),
            withholding_yen: r.withholdingYen.toString(),
          })),
        ),
        batchId,
      ],
    );
    return { payStatements: rows.length };
  }
}
