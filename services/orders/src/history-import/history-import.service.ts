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
import { categoryUsableFor } from '../categories/business-categories.service';
import { BusinessCategoryEntity } from '../categories/business-category.entity';
import { ClientSector } from '../clients/client-sector.enum';
import { OrderColumn, OrderHistoryRow, readOrderHistory } from './order-history-rows';
import { readSettlementHistory, SettlementHistoryRow } from './settlement-history-rows';

const ORDERS_NODE_KINDS = [HistoryImportKind.ORDERS, HistoryImportKind.SETTLEMENTS];

/**
 * 過去実績の取り込み on the orders node: orders accepted (検収) and settlements paid before the
 * org used Kyodo. Every row is checked (alone, against the rest of the file and against the
 * node's data) before anything is written; with any problem, or in a dry run, nothing is. The
 * real import checks again inside its transaction, under a per-org lock, and writes the batch,
 * its records and one audit line together.
 */
@Injectable()
export class HistoryImportService {
  constructor(private readonly dataSource: DataSource) {}

  async import(auth: AuthContext, orgId: string, input: ImportHistoryInput): Promise<HistoryImportResult> {
    if (!ORDERS_NODE_KINDS.includes(input.kind))
      throw new HistoryImportError(
        'IMPORT_KIND_ELSEWHERE',
        `${input.kind} history is imported on the workers node (importWorkerHistory).`,
        {
          kind: input.kind,
        },
      );
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
    const read =
      input.kind === HistoryImportKind.ORDERS ? readOrderHistory(upload.text, today) : readSettlementHistory(upload.text, orgId, today);
    if (input.dryRun) {
      const problems = [...read.problems, ...(await this.check(this.dataSource.manager, orgId, input.kind, read.rows))];
      return result(read.rowCount, problems, null);
    }
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
        input.kind === HistoryImportKind.ORDERS
          ? await this.writeOrders(manager, auth, orgId, batch.id, read.rows as OrderHistoryRow[])
          : await this.writeSettlements(manager, auth, orgId, batch.id, read.rows as SettlementHistoryRow[]);
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

  /** Voids a whole batch: its orders become CANCELLED and its settlements voided, in one audited transaction. */
  void(auth: AuthContext, orgId: string, batchId: string, reason: string): Promise<HistoryImportBatch> {
    return this.dataSource.transaction(async (manager) => {
      let marked = 0;
      const batch = await voidImportBatch(manager, orgId, batchId, auth.userId, reason, async (tx, found) => {
        const [, count] = (await (found.kind === HistoryImportKind.ORDERS
          ? tx.query(`UPDATE orders SET status = 'CANCELLED' WHERE org_id = $1 AND import_batch_id = $2`, [orgId, batchId])
          : tx.query(`UPDATE settlement_statements SET voided_at = now() WHERE org_id = $1 AND import_batch_id = $2`, [
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

  private check(manager: EntityManager, orgId: string, kind: HistoryImportKind, rows: (OrderHistoryRow | SettlementHistoryRow)[]) {
    return kind === HistoryImportKind.ORDERS
      ? this.checkOrders(manager, orgId, rows as OrderHistoryRow[])
      : this.checkSettlements(manager, orgId, rows as SettlementHistoryRow[]);
  }

  /** What a row can only be judged by with the node's data: the category, the client's sector, a 受注番号 already recorded. */
  private async checkOrders(manager: EntityManager, orgId: string, rows: OrderHistoryRow[]): Promise<ImportProblem[]> {
    if (rows.length === 0) return [];
    const problems: ImportProblem[] = [];
    const categories = await this.categories(manager, orgId);
    const recorded = new Set(
      (
        (await manager.query(
          `SELECT import_reference FROM orders WHERE org_id = $1 AND import_reference = ANY($2::text[]) AND status <> 'CANCELLED'`,
          [orgId, rows.map((r) => r.reference)],
        )) as { import_reference: string }[]
      ).map((r) => r.import_reference),
    );
    const clients = await this.clientsByName(
      manager,
      orgId,
      rows.map((r) => r.client),
    );
    const sectorInFile = new Map<string, { sector: ClientSector; line: number }>();
    for (const row of rows) {
      const at = (column: OrderColumn, code: ImportProblem['code'], message: string) =>
        problems.push({ line: row.line, column: row.headerOf(column), code, message });
      if (recorded.has(row.reference)) at('reference', 'IMPORT_ALREADY_RECORDED', `受注番号 ${row.reference} is already on the books.`);
      const category = categories.get(row.category);
      if (!category)
        at('category', 'IMPORT_REFERENCE_UNKNOWN', `No business category "${row.category}" (a code such as DATA_ENTRY, or its name).`);
      else if (!categoryUsableFor(category, row.sector))
        at('category', 'IMPORT_ROW_INCONSISTENT', `Category ${category.code} is for private-sector clients only.`);
      const known = clients.get(row.client);
      const first = sectorInFile.get(row.client);
      if (known && known.sector !== row.sector)
        at('sector', 'IMPORT_ROW_INCONSISTENT', `${row.client} is on the books as ${known.sector}, not ${row.sector}.`);
      else if (first && first.sector !== row.sector)
        at('sector', 'IMPORT_ROW_INCONSISTENT', `${row.client} is ${first.sector} on line ${first.line}, not ${row.sector}.`);
      else if (!first) sectorInFile.set(row.client, { sector: row.sector, line: row.line });
    }
    return problems;
  }

  private async checkSettlements(manager: EntityManager, orgId: string, rows: SettlementHistoryRow[]): Promise<ImportProblem[]> {
    if (rows.length === 0) return [];
    const existing = new Set(
      (
        (await manager.query(
          `SELECT partner_org_id || ' ' || to_char(month, 'YYYY-MM-DD') AS key FROM settlement_statements
           WHERE org_id = $1 AND voided_at IS NULL AND partner_org_id = ANY($2::text[])`,
          [orgId, [...new Set(rows.map((r) => r.partnerOrgId))]],
        )) as { key: string }[]
      ).map((r) => r.key),
    );
    return rows
      .filter((r) => existing.has(`${r.partnerOrgId} ${r.month}`))
      .map((r) => ({
        line: r.line,
        column: r.headerOf('month'),
        code: 'IMPORT_ALREADY_RECORDED' as const,
        message: `A statement with ${r.partnerOrgId} for ${r.month.slice(0, 7)} is already on the books.`,
      }));
  }

  /** The consortium's categories and the org's own, by code and by Japanese name. */
  private async categories(manager: EntityManager, orgId: string): Promise<Map<string, BusinessCategoryEntity>> {
    const all = await manager
      .getRepository(BusinessCategoryEntity)
      .createQueryBuilder('c')
      .where('c.org_id IS NULL OR c.org_id = :orgId', { orgId })
      .getMany();
    return new Map(all.flatMap((c) => [[c.code, c] as const, [c.nameJa, c] as const]));
  }

  private async clientsByName(
    manager: EntityManager,
    orgId: string,
    names: string[],
  ): Promise<Map<string, { id: string; sector: ClientSector }>> {
    const rows = (await manager.query(
      `SELECT DISTINCT ON (name) id, name, sector FROM clients WHERE org_id = $1 AND name = ANY($2::text[]) ORDER BY name, created_at, id`,
      [orgId, [...new Set(names)]],
    )) as { id: string; name: string; sector: ClientSector }[];
    return new Map(rows.map((r) => [r.name, r]));
  }

  /**
   * Clients not yet on the books are created as of their first accepted order in the file (the
   * cumulative client count then finds them in that year); each order is written ACCEPTED with an
   * accepted delivery dated its 検収 day, which is what the fiscal-year aggregates read.
   */
  private async writeOrders(manager: EntityManager, auth: AuthContext, orgId: string, batchId: string, rows: OrderHistoryRow[]) {
    const categories = await this.categories(manager, orgId);
    const known = await this.clientsByName(
      manager,
      orgId,
      rows.map((r) => r.client),
    );
    const newClients = new Map<string, { name: string; sector: ClientSector; since: string }>();
    for (const row of rows) {
      if (known.has(row.client)) continue;
      const seen = newClients.get(row.client);
      if (!seen || row.acceptedOn < seen.since) newClients.set(row.client, { name: row.client, sector: row.sector, since: row.acceptedOn });
    }
    const created = (await manager.query(
      `INSERT INTO clients (org_id, name, sector, created_at, import_batch_id)
       SELECT $1, c.name, c.sector, ${tokyoDayStart('c.since')}, $3 FROM jsonb_to_recordset($2::jsonb) AS c(name text, sector text, since text)
       RETURNING id, name, sector`,
      [orgId, JSON.stringify([...newClients.values()]), batchId],
    )) as { id: string; name: string; sector: ClientSector }[];
    const clientId = new Map([...known].map(([name, c]) => [name, c.id]));
    for (const c of created) clientId.set(c.name, c.id);
    const orders = rows.map((r) => ({
      reference: r.reference,
      client_id: clientId.get(r.client),
      title: r.title,
      category: categories.get(r.category)?.code ?? r.category,
      routine: r.routine,
      value_yen: r.valueYen.toString(),
      estimated_hours: r.estimatedHours,
      accepted_on: r.acceptedOn,
    }));
    await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS o(reference text, client_id uuid, title text, category text, routine boolean,
           value_yen bigint, estimated_hours int, accepted_on date)
       ), inserted AS (
         INSERT INTO orders (org_id, client_id, title, category, routine, value_yen, estimated_hours, deadline, required_stage, status,
                             created_at, import_batch_id, import_reference)
         SELECT $1, client_id, title, category, routine, value_yen, estimated_hours, accepted_on, 'A', 'ACCEPTED',
                ${tokyoDayStart('accepted_on')}, $3, reference
         FROM input
         RETURNING id, import_reference, value_yen, deadline
       )
       INSERT INTO deliveries (org_id, order_id, status, amount_yen, note, delivered_at, delivered_by, accepted_at, accepted_by, acceptance_note, import_batch_id)
       SELECT $1, id, 'ACCEPTED', value_yen, NULL, ${tokyoDayStart('deadline')}, $4, ${tokyoDayStart('deadline')}, $4, $5, $3 FROM inserted`,
      [orgId, JSON.stringify(orders), batchId, auth.userId, '過去実績の取り込み (history import)'],
    );
    return { orders: rows.length, clientsCreated: created.length };
  }

  /** Settled before Kyodo: no lines to show, no confirmations given here; the import is their record. */
  private async writeSettlements(manager: EntityManager, auth: AuthContext, orgId: string, batchId: string, rows: SettlementHistoryRow[]) {
    await manager.query(
      `INSERT INTO settlement_statements (org_id, partner_org_id, month, lines, approved_minutes, total_yen, prepared_by, created_at, import_batch_id)
       SELECT $1, s.partner_org_id, s.month, '[]', s.approved_minutes, s.total_yen, $3, ${tokyoDayStart('s.month')}, $4
       FROM jsonb_to_recordset($2::jsonb) AS s(partner_org_id text, month date, approved_minutes int, total_yen bigint)`,
      [
        orgId,
        JSON.stringify(
          rows.map((r) => ({
            partner_org_id: r.partnerOrgId,
            month: r.month,
            approved_minutes: r.approvedMinutes,
            total_yen: r.totalYen.toString(),
          })),
        ),
        auth.userId,
        batchId,
      ],
    );
    return { settlements: rows.length };
  }
}
