import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, uuidsOnly } from '@kyodo/database';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { ClientEntity } from '../clients/client.entity';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { DeliveryStatus } from '../deliveries/delivery-status.enum';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrderStatus } from '../orders/order-status.enum';
import { OrdersError } from '../orders/orders.errors';
import { consumptionTax, STANDARD_TAX_RATE } from './consumption-tax';
import { InvoiceKind } from './invoice-kind.enum';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceEntity } from './invoice.entity';
import { CreditNoteLineInput } from './dto/credit-note-line.input';
import { IssueInvoiceInput } from './dto/issue-invoice.input';

/**
 * ¥10^17: past it a total's tax (amount × rate in the database's check) could leave bigint.
 * Reaching it takes ten orders at the largest value one may have.
 */
const MAX_DOCUMENT_YEN = 10n ** 17n;

type NewLine = Pick<InvoiceLineEntity, 'orderId' | 'deliveryId' | 'creditsLineId' | 'description' | 'amountYen' | 'taxRatePercent'>;

@Injectable()
export class InvoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    @InjectRepository(InvoiceLineEntity) private readonly lines: Repository<InvoiceLineEntity>,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  list(orgId: string, fiscalYear: number): Promise<InvoiceEntity[]> {
    return this.invoices.find({ where: { orgId, fiscalYear }, order: { number: 'ASC' } });
  }

  get(orgId: string, id: string): Promise<InvoiceEntity | null> {
    return this.invoices.findOneBy({ orgId, id });
  }

  getMany(orgId: string, ids: readonly string[]): Promise<InvoiceEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.invoices.findBy({ orgId, id: In(valid) });
  }

  /** Lines of many of the org's invoices in one statement (for the Invoice.lines loader). */
  linesOf(orgId: string, invoiceIds: readonly string[]): Promise<InvoiceLineEntity[]> {
    const valid = uuidsOnly(invoiceIds);
    return valid.length === 0
      ? Promise.resolve([])
      : this.lines
          .createQueryBuilder('l')
          .innerJoin(InvoiceEntity, 'i', 'i.id = l.invoice_id AND i.org_id = :orgId', { orgId })
          .where('l.invoice_id IN (:...ids)', { ids: valid })
          .orderBy('l.position', 'ASC')
          .getMany();
  }

  /** Yen taken back from each of these lines by credit notes so far (for the InvoiceLine.creditedYen loader). */
  async creditedByLine(lineIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, bigint>> {
    const valid = uuidsOnly(lineIds);
    if (valid.length === 0) return new Map();
    const rows = (await manager.query(`SELECT line_id, credited_yen::bigint AS credited FROM invoice_line_credits WHERE line_id = ANY($1::uuid[])`, [valid])) as {
      line_id: string;
      credited: string;
    }[];
    return new Map(rows.map((r) => [r.line_id, BigInt(r.credited)]));
  }

  /**
   * Bills accepted orders of one client and moves them to INVOICED, atomically: one line per
   * order, drawn from its accepted delivery (検収済みの納入).
   */
  issue(auth: AuthContext, orgId: string, input: IssueInvoiceInput): Promise<InvoiceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOneBy(ClientEntity, { orgId, id: input.clientId });
      if (!client) throw new OrdersError('CLIENT_NOT_FOUND', `No client ${input.clientId} in org ${orgId}.`);
      const lines: NewLine[] = [];
      // Sorted, so two invoices over overlapping orders lock them in the same order (no deadlock).
      for (const orderId of [...input.orderIds].sort()) {
        const order = await this.lifecycle.transitionWithin(manager, auth, orgId, orderId, OrderStatus.INVOICED);
        if (order.clientId !== client.id) throw new OrdersError('ORDER_CLIENT_MISMATCH', `Order ${orderId} is not for client ${client.id}.`, { orderId });
        // ACCEPTED implies an accepted delivery (the lifecycle step made both); the check keeps it explicit.
        const delivery = await manager.findOneBy(DeliveryEntity, { orderId, status: DeliveryStatus.ACCEPTED });
        if (!delivery) throw new OrdersError('DELIVERY_NOT_FOUND', `Order ${orderId} has no accepted delivery.`, { orderId });
        lines.push({ orderId, deliveryId: delivery.id, creditsLineId: null, description: order.title, amountYen: delivery.amountYen, taxRatePercent: STANDARD_TAX_RATE });
      }
      return this.write(manager, auth, orgId, { clientId: client.id, kind: InvoiceKind.INVOICE, creditsInvoiceId: null, reason: null }, lines);
    });
  }

  /**
   * 返還インボイス: takes back `requested` amounts of the invoice's lines, or all that is left of
   * every line. The invoice stays as issued. What credit notes take from a line never exceeds
   * it: checked here for a clear answer, and held by the database under concurrent issuers.
   */
  async creditNote(auth: AuthContext, orgId: string, invoiceId: string, reason: string, requested?: readonly CreditNoteLineInput[]): Promise<InvoiceEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const original = await manager.findOneBy(InvoiceEntity, { orgId, id: invoiceId });
        if (!original) throw new OrdersError('INVOICE_NOT_FOUND', `No invoice ${invoiceId} in org ${orgId}.`);
        if (original.kind !== InvoiceKind.INVOICE) throw new OrdersError('INVOICE_NOT_CREDITABLE', 'Only an invoice can be credited, not a credit note.', { invoiceId });
        const originalLines = await manager.find(InvoiceLineEntity, { where: { invoiceId }, order: { position: 'ASC' } });
        const credited = await this.creditedByLine(originalLines.map((l) => l.id), manager);
        const remaining = (line: InvoiceLineEntity): bigint => line.amountYen - (credited.get(line.id) ?? 0n);
        const take = requested
          ? requested.map(({ lineId, amountYen }) => {
              const line = originalLines.find((l) => l.id === lineId);
              if (!line) throw new OrdersError('INVOICE_LINE_NOT_FOUND', `Invoice ${invoiceId} has no line ${lineId}.`, { invoiceId, lineId });
              if (amountYen > remaining(line)) {
                throw new OrdersError('CREDIT_EXCEEDS_INVOICE', 'Credit notes would take back more than the line billed.', { lineId, remainingYen: remaining(line).toString() });
              }
              return { line, amountYen };
            })
          : originalLines.map((line) => ({ line, amountYen: remaining(line) })).filter((t) => t.amountYen > 0n);
        if (take.length === 0) throw new OrdersError('INVOICE_ALREADY_CREDITED', 'Credit notes took back the whole invoice already.', { invoiceId });
        const lines: NewLine[] = take.map(({ line, amountYen }) => ({
          orderId: null,
          deliveryId: null,
          creditsLineId: line.id,
          description: `${amountYen === line.amountYen ? '取消' : '一部取消'}: ${line.description}`.slice(0, 200),
          amountYen,
          taxRatePercent: line.taxRatePercent,
        }));
        return this.write(manager, auth, orgId, { clientId: original.clientId, kind: InvoiceKind.CREDIT_NOTE, creditsInvoiceId: original.id, reason }, lines);
      });
    } catch (error) {
      if (isCheckViolation(error, 'invoice_line_credit_within')) {
        throw new OrdersError('CREDIT_EXCEEDS_INVOICE', 'A credit note issued meanwhile left less of the line than asked.', { invoiceId });
      }
      throw error;
    }
  }

  private async write(
    manager: EntityManager,
    auth: AuthContext,
    orgId: string,
    header: Pick<InvoiceEntity, 'clientId' | 'kind' | 'creditsInvoiceId' | 'reason'>,
    lines: NewLine[],
  ): Promise<InvoiceEntity> {
    const totals = consumptionTax(lines);
    if (totals.totalYen > MAX_DOCUMENT_YEN) throw new OrdersError('INVOICE_TOO_LARGE', 'The total exceeds ¥10^17; split the orders over several invoices.', { totalYen: totals.totalYen.toString() });
    const issuedOn = tokyoToday();
    const fiscalYear = fiscalYearOf(issuedOn);
    const number = await this.nextNumber(manager, orgId, fiscalYear);
    const invoice = await manager.save(
      manager.create(InvoiceEntity, { ...header, orgId, fiscalYear, number, issuedOn, subtotalYen: totals.subtotalYen, taxYen: totals.taxYen, totalYen: totals.totalYen }),
    );
    await manager.save(lines.map((line, i) => manager.create(InvoiceLineEntity, { ...line, invoiceId: invoice.id, position: i + 1 })));
    await appendAudit(manager, {
      actorId: auth.userId,
      actorOrgId: auth.orgId,
      action: header.kind === InvoiceKind.INVOICE ? 'invoice.issue' : 'invoice.credit-note',
      entityType: 'invoice',
      entityId: invoice.id,
      detail: {
        fiscalYear,
        number,
        totalYen: totals.totalYen.toString(),
        taxYen: totals.taxYen.toString(),
        orderIds: lines.map((l) => l.orderId).filter(Boolean),
        deliveryIds: lines.map((l) => l.deliveryId).filter(Boolean),
        creditsInvoiceId: header.creditsInvoiceId,
        credits: lines.filter((l) => l.creditsLineId).map((l) => ({ lineId: l.creditsLineId, amountYen: l.amountYen.toString() })),
      },
    });
    return invoice;
  }

  /**
   * The next number of the org's fiscal year. The counter row stays locked until this
   * transaction ends, so issuers queue here; a rollback undoes the increment: no gaps.
   */
  private async nextNumber(manager: EntityManager, orgId: string, fiscalYear: number): Promise<number> {
    const rows = (await manager.query(
      `INSERT INTO invoice_counters (org_id, fiscal_year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (org_id, fiscal_year) DO UPDATE SET last_number = invoice_counters.last_number + 1
       RETURNING last_number`,
      [orgId, fiscalYear],
    )) as { last_number: number }[];
    return rows[0].last_number;
  }
}
