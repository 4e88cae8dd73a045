import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
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
import {
  InvoiceColumn,
  InvoiceHistoryRow,
  InvoicePaymentHistoryRow,
  readInvoiceHistory,
  readInvoicePaymentHistory,
} from './invoice-history-rows';
import { OrderColumn, OrderHistoryRow, readOrderHistory } from './order-history-rows';
import { readSettlementHistory, SettlementHistoryRow } from './settlement-history-rows';

const ORDERS_NODE_KINDS = [
  HistoryImportKind.ORDERS,
  HistoryImportKind.SETTLEMENTS,
  HistoryImportKind.INVOICES,
  HistoryImportKind.INVOICE_PAYMENTS,
];

type AnyRow = OrderHistoryRow | SettlementHistoryRow | InvoiceHistoryRow | InvoicePaymentHistoryRow;

/**
 * 過去実績の取り込み on the orders node: orders accepted (検収), settlements paid, invoices issued
 * and payments received before the org used Kyodo. Every row is checked (alone, against the rest of the file and against the
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
    const read = this.read(input.kind, upload.text, orgId, today);
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
      const written = await this.write(manager, auth, orgId, batch.id, input.kind, read.rows);
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
   * Voids a whole batch in one audited transaction: its orders become CANCELLED; its settlements,
   * invoices or payments get voided_at (payments also leave their invoices' paid amount). An
   * invoices batch with payments still standing against it (imported or recorded live) is refused.
   */
  void(auth: AuthContext, orgId: string, batchId: string, reason: string): Promise<HistoryImportBatch> {
    return this.dataSource.transaction(async (manager) => {
      let marked = 0;
      const batch = await voidImportBatch(manager, orgId, batchId, auth.userId, reason, async (tx, found) => {
        marked = await this.markVoided(tx, orgId, found);
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

  private read(
    kind: HistoryImportKind,
    text: string,
    orgId: string,
    today: string,
  ): { rows: AnyRow[]; rowCount: number; problems: ImportProblem[] } {
    switch (kind) {
      case HistoryImportKind.ORDERS:
        return readOrderHistory(text, today);
      case HistoryImportKind.SETTLEMENTS:
        return readSettlementHistory(text, orgId, today);
      case HistoryImportKind.INVOICES:
        return readInvoiceHistory(text, today);
      case HistoryImportKind.INVOICE_PAYMENTS:
        return readInvoicePaymentHistory(text, today);
      case HistoryImportKind.WORKERS:
      case HistoryImportKind.PAY_STATEMENTS:
        throw new HistoryImportError('IMPORT_KIND_ELSEWHERE', `${kind} history is imported on the workers node.`, { kind });
    }
  }

  private check(manager: EntityManager, orgId: string, kind: HistoryImportKind, rows: AnyRow[]): Promise<ImportProblem[]> {
    switch (kind) {
      case HistoryImportKind.ORDERS:
        return this.checkOrders(manager, orgId, rows as OrderHistoryRow[]);
      case HistoryImportKind.SETTLEMENTS:
        return this.checkSettlements(manager, orgId, rows as SettlementHistoryRow[]);
      case HistoryImportKind.INVOICES:
        return this.checkInvoices(manager, orgId, rows as InvoiceHistoryRow[]);
      default:
        return this.checkInvoicePayments(manager, orgId, rows as InvoicePaymentHistoryRow[]);
    }
  }

  private write(manager: EntityManager, auth: AuthContext, orgId: string, batchId: string, kind: HistoryImportKind, rows: AnyRow[]) {
    switch (kind) {
      case HistoryImportKind.ORDERS:
        return this.writeOrders(manager, auth, orgId, batchId, rows as OrderHistoryRow[]);
      case HistoryImportKind.SETTLEMENTS:
        return this.writeSettlements(manager, auth, orgId, batchId, rows as SettlementHistoryRow[]);
      case HistoryImportKind.INVOICES:
        return this.writeInvoices(manager, orgId, batchId, rows as InvoiceHistoryRow[]);
      default:
        return this.writeInvoicePayments(manager, auth, orgId, batchId, rows as InvoicePaymentHistoryRow[]);
    }
  }

  /** Marks a batch's records void (the batch row is locked and the triggers told); returns how many. */
  private async markVoided(tx: EntityManager, orgId: string, batch: HistoryImportBatch): Promise<number> {
    const count = async (sql: string): Promise<number> => ((await tx.query(sql, [orgId, batch.id])) as [unknown, number])[1];
    switch (batch.kind) {
      case HistoryImportKind.ORDERS: {
        const [{ invoices }] = (await tx.query(
          `SELECT count(DISTINCT i.id)::int AS invoices FROM imported_invoice_orders io
           JOIN orders o ON o.id = io.order_id JOIN invoices i ON i.id = io.invoice_id
           WHERE o.org_id = $1 AND o.import_batch_id = $2 AND i.voided_at IS NULL`,
          [orgId, batch.id],
        )) as { invoices: number }[];
        if (invoices > 0)
          throw new HistoryImportError('IMPORT_BATCH_IN_USE', 'Imported invoices still bill these orders: void that batch first.', {
            invoices,
          });
        return count(`UPDATE orders SET status = 'CANCELLED' WHERE org_id = $1 AND import_batch_id = $2`);
      }
      case HistoryImportKind.SETTLEMENTS:
        return count(`UPDATE settlement_statements SET voided_at = now() WHERE org_id = $1 AND import_batch_id = $2`);
      case HistoryImportKind.INVOICES: {
        // Receivables first, locked: a live payment waits here and then finds its invoice voided.
        const standing = (await tx.query(
          `SELECT coalesce(sum(r.paid_yen), 0)::text AS paid, (SELECT count(*) FROM invoice_payments p JOIN invoices i ON i.id = p.invoice_id
             WHERE i.org_id = $1 AND i.import_batch_id = $2 AND p.voided_at IS NULL)::int AS payments
           FROM (SELECT r.paid_yen FROM invoice_receivables r JOIN invoices i ON i.id = r.invoice_id
                 WHERE i.org_id = $1 AND i.import_batch_id = $2 ORDER BY r.invoice_id FOR UPDATE OF r) r`,
          [orgId, batch.id],
        )) as { paid: string; payments: number }[];
        if (standing[0].payments > 0)
          throw new HistoryImportError(
            'IMPORT_BATCH_IN_USE',
            'Payments recorded against these invoices still stand: void their import batch first (a live payment stays).',
            { payments: standing[0].payments, paidYen: standing[0].paid },
          );
        return count(`UPDATE invoices SET voided_at = now() WHERE org_id = $1 AND import_batch_id = $2`);
      }
      default: {
        await tx.query(
          `UPDATE invoice_receivables r SET paid_yen = r.paid_yen - p.amount
           FROM (SELECT invoice_id, sum(amount_yen) AS amount FROM invoice_payments WHERE org_id = $1 AND import_batch_id = $2 AND voided_at IS NULL
                 GROUP BY invoice_id) p
           WHERE r.invoice_id = p.invoice_id`,
          [orgId, batch.id],
        );
        return count(`UPDATE invoice_payments SET voided_at = now() WHERE org_id = $1 AND import_batch_id = $2`);
      }
    }
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

  /**
   * An invoice row against the node's data: its number not yet on the books, its client on the
   * books, and each order it names an imported order of that client not billed by another
   * imported invoice still standing.
   */
  private async checkInvoices(manager: EntityManager, orgId: string, rows: InvoiceHistoryRow[]): Promise<ImportProblem[]> {
    if (rows.length === 0) return [];
    const problems: ImportProblem[] = [];
    const recorded = new Set(
      (
        (await manager.query(
          `SELECT import_reference FROM invoices WHERE org_id = $1 AND import_reference = ANY($2::text[]) AND voided_at IS NULL`,
          [orgId, rows.map((r) => r.reference)],
        )) as { import_reference: string }[]
      ).map((r) => r.import_reference),
    );
    const clients = await this.clientsByName(
      manager,
      orgId,
      rows.map((r) => r.client),
    );
    const orders = new Map(
      (
        (await manager.query(
          `SELECT o.import_reference AS reference, o.client_id AS "clientId",
                  EXISTS (SELECT 1 FROM imported_invoice_orders io JOIN invoices i ON i.id = io.invoice_id
                          WHERE io.order_id = o.id AND i.voided_at IS NULL) AS billed
           FROM orders o WHERE o.org_id = $1 AND o.import_reference = ANY($2::text[]) AND o.status <> 'CANCELLED'`,
          [orgId, rows.flatMap((r) => r.orderReferences)],
        )) as { reference: string; clientId: string; billed: boolean }[]
      ).map((o) => [o.reference, o]),
    );
    for (const row of rows) {
      const at = (column: InvoiceColumn, code: ImportProblem['code'], message: string) =>
        problems.push({ line: row.line, column: row.headerOf(column), code, message });
      if (recorded.has(row.reference)) at('reference', 'IMPORT_ALREADY_RECORDED', `請求書番号 ${row.reference} is already on the books.`);
      const client = clients.get(row.client);
      if (!client)
        at(
          'client',
          'IMPORT_REFERENCE_UNKNOWN',
          `No client "${row.client}" on the books: import its orders first (ORDERS), or add the client.`,
        );
      for (const ref of row.orderReferences) {
        const order = orders.get(ref);
        if (!order) at('orders', 'IMPORT_REFERENCE_UNKNOWN', `No imported order 受注番号 ${ref} (import the orders first).`);
        else if (client && order.clientId !== client.id)
          at('orders', 'IMPORT_ROW_INCONSISTENT', `受注番号 ${ref} is an order of another client than ${row.client}.`);
        else if (order.billed) at('orders', 'IMPORT_ALREADY_RECORDED', `受注番号 ${ref} is billed on an imported invoice already.`);
      }
    }
    return problems;
  }

  /**
   * A payment row against the node's data: an imported invoice still standing, received on or
   * after its issue, not the same payment again, and within what is still open on it (the rows
   * of the file count in file order). The receivables are locked, as a live payment locks them.
   */
  private async checkInvoicePayments(manager: EntityManager, orgId: string, rows: InvoicePaymentHistoryRow[]): Promise<ImportProblem[]> {
    if (rows.length === 0) return [];
    const problems: ImportProblem[] = [];
    const invoices = new Map(
      (
        (await manager.query(
          `SELECT i.id, i.import_reference AS reference, to_char(i.issued_on, 'YYYY-MM-DD') AS "issuedOn", (r.due_yen - r.paid_yen)::text AS open
           FROM invoices i JOIN invoice_receivables r ON r.invoice_id = i.id
           WHERE i.org_id = $1 AND i.import_reference = ANY($2::text[]) AND i.voided_at IS NULL
           ORDER BY i.id FOR UPDATE OF r`,
          [orgId, [...new Set(rows.map((r) => r.reference))]],
        )) as { id: string; reference: string; issuedOn: string; open: string }[]
      ).map((i) => [i.reference, { ...i, open: BigInt(i.open) }]),
    );
    const recorded = new Set(
      (
        (await manager.query(
          `SELECT invoice_id || ' ' || to_char(received_on, 'YYYY-MM-DD') || ' ' || amount_yen AS key FROM invoice_payments
           WHERE org_id = $1 AND voided_at IS NULL AND invoice_id = ANY($2::uuid[])`,
          [orgId, [...invoices.values()].map((i) => i.id)],
        )) as { key: string }[]
      ).map((r) => r.key),
    );
    for (const row of rows) {
      const at = (column: 'reference' | 'receivedOn' | 'amountYen', code: ImportProblem['code'], message: string) =>
        problems.push({ line: row.line, column: row.headerOf(column), code, message });
      const invoice = invoices.get(row.reference);
      if (!invoice) {
        at('reference', 'IMPORT_REFERENCE_UNKNOWN', `No imported invoice 請求書番号 ${row.reference} (import the invoices first).`);
        continue;
      }
      if (row.receivedOn < invoice.issuedOn)
        at('receivedOn', 'IMPORT_ROW_INCONSISTENT', `Received on ${row.receivedOn}, before the invoice was issued (${invoice.issuedOn}).`);
      if (recorded.has(`${invoice.id} ${row.receivedOn} ${row.amountYen}`))
        at(
          'amountYen',
          'IMPORT_ALREADY_RECORDED',
          `A payment of ¥${row.amountYen} on ${row.receivedOn} is already recorded for ${row.reference}.`,
        );
      else if (row.amountYen > invoice.open)
        at('amountYen', 'IMPORT_ROW_INCONSISTENT', `Only ¥${invoice.open} is still open on ${row.reference}.`);
      else invoice.open -= row.amountYen;
    }
    return problems;
  }

  /** Each imported invoice with its receivable (due in full) and the orders it billed; no Kyodo number, no lines. */
  private async writeInvoices(manager: EntityManager, orgId: string, batchId: string, rows: InvoiceHistoryRow[]) {
    const clients = await this.clientsByName(
      manager,
      orgId,
      rows.map((r) => r.client),
    );
    const inserted = (await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS v(reference text, client_id uuid, fiscal_year int, issued_on date, subtotal_yen bigint,
           tax_yen bigint, total_yen bigint, payment_due_on date)
       ), invoice AS (
         INSERT INTO invoices (org_id, client_id, kind, fiscal_year, number, issued_on, subtotal_yen, tax_yen, total_yen, payment_due_on,
                               created_at, import_batch_id, import_reference)
         SELECT $1, client_id, 'INVOICE', fiscal_year, NULL, issued_on, subtotal_yen, tax_yen, total_yen, payment_due_on,
                ${tokyoDayStart('issued_on')}, $3, reference
         FROM input
         RETURNING id, import_reference, total_yen
       ), receivable AS (
         INSERT INTO invoice_receivables (invoice_id, org_id, due_yen) SELECT id, $1, total_yen FROM invoice
       )
       SELECT id, import_reference AS reference FROM invoice`,
      [
        orgId,
        JSON.stringify(
          rows.map((r) => ({
            reference: r.reference,
            client_id: clients.get(r.client)?.id,
            fiscal_year: fiscalYearOf(r.issuedOn),
            issued_on: r.issuedOn,
            subtotal_yen: r.subtotalYen.toString(),
            tax_yen: r.taxYen.toString(),
            total_yen: r.totalYen.toString(),
            payment_due_on: r.paymentDueOn,
          })),
        ),
        batchId,
      ],
    )) as { id: string; reference: string }[];
    const invoiceId = new Map(inserted.map((i) => [i.reference, i.id]));
    const links = rows.flatMap((r) => r.orderReferences.map((order) => ({ invoice_id: invoiceId.get(r.reference), order })));
    if (links.length > 0)
      await manager.query(
        `INSERT INTO imported_invoice_orders (invoice_id, order_id)
         SELECT l.invoice_id, o.id FROM jsonb_to_recordset($2::jsonb) AS l(invoice_id uuid, "order" text)
         JOIN orders o ON o.org_id = $1 AND o.import_reference = l."order" AND o.status <> 'CANCELLED'`,
        [orgId, JSON.stringify(links)],
      );
    return { invoices: rows.length, ordersBilled: links.length };
  }

  /** Each payment against its imported invoice, and the invoices' paid amounts (their CHECK keeps paid within due). */
  private async writeInvoicePayments(
    manager: EntityManager,
    auth: AuthContext,
    orgId: string,
    batchId: string,
    rows: InvoicePaymentHistoryRow[],
  ) {
    await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS p(reference text, received_on date, amount_yen bigint, note text)
       ), payment AS (
         INSERT INTO invoice_payments (org_id, invoice_id, received_on, amount_yen, note, recorded_by, created_at, import_batch_id)
         SELECT $1, i.id, p.received_on, p.amount_yen, p.note, $3, ${tokyoDayStart('p.received_on')}, $4
         FROM input p JOIN invoices i ON i.org_id = $1 AND i.import_reference = p.reference AND i.voided_at IS NULL
         RETURNING invoice_id, amount_yen
       )
       UPDATE invoice_receivables r SET paid_yen = r.paid_yen + s.amount
       FROM (SELECT invoice_id, sum(amount_yen) AS amount FROM payment GROUP BY invoice_id) s WHERE r.invoice_id = s.invoice_id`,
      [
        orgId,
        JSON.stringify(
          rows.map((r) => ({ reference: r.reference, received_on: r.receivedOn, amount_yen: r.amountYen.toString(), note: r.note })),
        ),
        auth.userId,
        batchId,
      ],
    );
    return { payments: rows.length, receivedYen: rows.reduce((sum, r) => sum + r.amountYen, 0n).toString() };
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
