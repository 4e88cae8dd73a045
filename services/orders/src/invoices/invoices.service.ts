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
import { InvoiceSettingsEntity } from '../invoice-settings/invoice-settings.entity';
import { missingForIssue } from '../invoice-settings/invoice-settings.service';
import { consumptionTax, STANDARD_TAX_RATE } from './consumption-tax';
import { invoiceNumberLabel } from './invoice-document';
import { DocumentIssuers } from '../documents/document-issuers';
import { issuedNumberOf } from './imported-invoice';
import { endOfNextMonth, InvoiceSnapshot, issuerOf, snapshotLines } from './invoice-snapshot';
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

/** A line to write, with its 取引年月日 (kept in the snapshot, not in the line row). */
type NewLine = Pick<InvoiceLineEntity, 'orderId' | 'deliveryId' | 'creditsLineId' | 'description' | 'amountYen' | 'taxRatePercent'> & {
  transactionOn: string;
};

/** What the document prints besides its lines and totals. */
interface Printed {
  issuer: InvoiceSnapshot['issuer'];
  recipientName: string;
  corrects: InvoiceSnapshot['corrects'];
  paymentDueOn: string | null;
}

@Injectable()
export class InvoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InvoiceEntity) private readonly invoices: Repository<InvoiceEntity>,
    @InjectRepository(InvoiceLineEntity) private readonly lines: Repository<InvoiceLineEntity>,
    private readonly lifecycle: OrderLifecycleService,
    private readonly issuers: DocumentIssuers,
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
    const rows = (await manager.query(
      `SELECT line_id, credited_yen::bigint AS credited FROM invoice_line_credits WHERE line_id = ANY($1::uuid[])`,
      [valid],
    )) as {
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
    const issuedOn = tokyoToday();
    const paymentDueOn = input.paymentDueOn ?? endOfNextMonth(issuedOn);
    if (paymentDueOn < issuedOn)
      throw new OrdersError('PAYMENT_DUE_BEFORE_ISSUE', `The payment due date ${paymentDueOn} is before the issue date ${issuedOn}.`, {
        paymentDueOn,
        issuedOn,
      });
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOneBy(ClientEntity, { orgId, id: input.clientId });
      if (!client) throw new OrdersError('CLIENT_NOT_FOUND', `No client ${input.clientId} in org ${orgId}.`);
      const issuer = await this.completeIssuer(manager, orgId);
      const lines: NewLine[] = [];
      // Sorted, so two invoices over overlapping orders lock them in the same order (no deadlock).
      for (const orderId of [...input.orderIds].sort()) {
        const order = await this.lifecycle.transitionWithin(manager, auth, orgId, orderId, OrderStatus.INVOICED);
        if (order.clientId !== client.id)
          throw new OrdersError('ORDER_CLIENT_MISMATCH', `Order ${orderId} is not for client ${client.id}.`, { orderId });
        // ACCEPTED implies an accepted delivery (the lifecycle step made both); the check keeps it explicit.
        const delivery = await manager.findOneBy(DeliveryEntity, { orderId, status: DeliveryStatus.ACCEPTED });
        if (!delivery) throw new OrdersError('DELIVERY_NOT_FOUND', `Order ${orderId} has no accepted delivery.`, { orderId });
        // 取引年月日 of 請負 work: the day the client accepted it (検収).
        const transactionOn = tokyoToday(delivery.acceptedAt ?? delivery.deliveredAt);
        lines.push({
          orderId,
          deliveryId: delivery.id,
          creditsLineId: null,
          description: order.title,
          amountYen: delivery.amountYen,
          taxRatePercent: STANDARD_TAX_RATE,
          transactionOn,
        });
      }
      const header = { clientId: client.id, kind: InvoiceKind.INVOICE, creditsInvoiceId: null, reason: null };
      return this.write(manager, auth, orgId, issuedOn, header, lines, {
        issuer,
        recipientName: client.name,
        corrects: null,
        paymentDueOn,
      });
    });
  }

  /**
   * 返還インボイス: takes back `requested` amounts of the invoice's lines, or all that is left of
   * every line. The invoice stays as issued. What credit notes take from a line never exceeds
   * it: checked here for a clear answer, and held by the database under concurrent issuers.
   */
  async creditNote(
    auth: AuthContext,
    orgId: string,
    invoiceId: string,
    reason: string,
    requested?: readonly CreditNoteLineInput[],
  ): Promise<InvoiceEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const original = await manager.findOneBy(InvoiceEntity, { orgId, id: invoiceId });
        if (!original) throw new OrdersError('INVOICE_NOT_FOUND', `No invoice ${invoiceId} in org ${orgId}.`);
        const originalNumber = issuedNumberOf(original);
        const issuer = await this.completeIssuer(manager, orgId);
        if (original.kind !== InvoiceKind.INVOICE)
          throw new OrdersError('INVOICE_NOT_CREDITABLE', 'Only an invoice can be credited, not a credit note.', { invoiceId });
        const originalLines = await manager.find(InvoiceLineEntity, { where: { invoiceId }, order: { position: 'ASC' } });
        const credited = await this.creditedByLine(
          originalLines.map((l) => l.id),
          manager,
        );
        const remaining = (line: InvoiceLineEntity): bigint => line.amountYen - (credited.get(line.id) ?? 0n);
        const take = requested
          ? requested.map(({ lineId, amountYen }) => {
              const line = originalLines.find((l) => l.id === lineId);
              if (!line)
                throw new OrdersError('INVOICE_LINE_NOT_FOUND', `Invoice ${invoiceId} has no line ${lineId}.`, { invoiceId, lineId });
              if (amountYen > remaining(line)) {
                throw new OrdersError('CREDIT_EXCEEDS_INVOICE', 'Credit notes would take back more than the line billed.', {
                  lineId,
                  remainingYen: remaining(line).toString(),
                });
              }
              return { line, amountYen };
            })
          : originalLines.map((line) => ({ line, amountYen: remaining(line) })).filter((t) => t.amountYen > 0n);
        if (take.length === 0)
          throw new OrdersError('INVOICE_ALREADY_CREDITED', 'Credit notes took back the whole invoice already.', { invoiceId });
        // A 返還インボイス states the date of the transaction it corrects: the credited line's.
        const originalDay = (line: InvoiceLineEntity): string =>
          original.snapshot?.lines.find((l) => l.position === line.position)?.transactionOn ?? original.issuedOn;
        const lines: NewLine[] = take.map(({ line, amountYen }) => ({
          orderId: null,
          deliveryId: null,
          creditsLineId: line.id,
          description: `${amountYen === line.amountYen ? '取消' : '一部取消'}: ${line.description}`.slice(0, 200),
          amountYen,
          taxRatePercent: line.taxRatePercent,
          transactionOn: originalDay(line),
        }));
        const client = await manager.findOneByOrFail(ClientEntity, { orgId, id: original.clientId });
        const header = { clientId: original.clientId, kind: InvoiceKind.CREDIT_NOTE, creditsInvoiceId: original.id, reason };
        const corrects = { numberLabel: invoiceNumberLabel(original.fiscalYear, originalNumber), reason };
        return this.write(manager, auth, orgId, tokyoToday(), header, lines, {
          issuer,
          recipientName: original.snapshot?.recipient.name ?? client.name,
          corrects,
          paymentDueOn: null,
        });
      });
    } catch (error) {
      if (isCheckViolation(error, 'invoice_line_credit_within')) {
        throw new OrdersError('CREDIT_EXCEEDS_INVOICE', 'A credit note issued meanwhile left less of the line than asked.', { invoiceId });
      }
      if (isCheckViolation(error, 'invoice_paid_within_due')) {
        throw new OrdersError(
          'CREDIT_EXCEEDS_UNPAID',
          'The client paid more than the invoice would still ask after this credit note; refund first.',
          { invoiceId },
        );
      }
      throw error;
    }
  }

  /**
   * The issuer (DocumentIssuers: a town's partner operator, for a town operated by another) and
   * the org's bank account, complete as a qualified invoice needs them; the settings are read
   * under a share lock so they cannot change while the document that copies them is written.
   */
  private async completeIssuer(manager: EntityManager, orgId: string): Promise<InvoiceSnapshot['issuer']> {
    const settings = await manager
      .getRepository(InvoiceSettingsEntity)
      .createQueryBuilder('s')
      .setLock('pessimistic_read')
      .where('s.org_id = :orgId', { orgId })
      .getOne();
    // Without settings a member issuing in its own name has no issuer yet (its name alone is no issuer of a qualified invoice).
    const issuer = settings || this.issuers.operated(orgId) ? this.issuers.resolve(orgId, settings) : null;
    const missing = missingForIssue(settings, issuer);
    if (!settings || !issuer)
      throw new OrdersError(
        'INVOICE_ISSUER_NOT_SET',
        'An org admin sets the issuer, its registration number, address and bank account first: setInvoiceSettings.',
        { missing },
      );
    if (missing.length > 0)
      throw new OrdersError('INVOICE_ISSUER_INCOMPLETE', `The issuer settings lack ${missing.join(', ')}: setInvoiceSettings.`, {
        missing,
      });
    return issuerOf(issuer, settings);
  }

  private async write(
    manager: EntityManager,
    auth: AuthContext,
    orgId: string,
    issuedOn: string,
    header: Pick<InvoiceEntity, 'clientId' | 'kind' | 'creditsInvoiceId' | 'reason'>,
    lines: NewLine[],
    printed: Printed,
  ): Promise<InvoiceEntity> {
    const totals = consumptionTax(lines);
    if (totals.totalYen > MAX_DOCUMENT_YEN)
      throw new OrdersError('INVOICE_TOO_LARGE', 'The total exceeds ¥10^17; split the orders over several invoices.', {
        totalYen: totals.totalYen.toString(),
      });
    const fiscalYear = fiscalYearOf(issuedOn);
    const number = await this.nextNumber(manager, orgId, fiscalYear);
    const snapshot: InvoiceSnapshot = {
      version: 1,
      kind: header.kind,
      numberLabel: invoiceNumberLabel(fiscalYear, number),
      issuedOn,
      issuer: printed.issuer,
      recipient: { name: printed.recipientName },
      corrects: printed.corrects,
      lines: snapshotLines(
        lines.map((line, i) => ({
          position: i + 1,
          description: line.description,
          taxRatePercent: line.taxRatePercent,
          amountYen: line.amountYen,
          transactionOn: line.transactionOn,
        })),
      ),
      paymentDueOn: printed.paymentDueOn,
    };
    const invoice = await manager.save(
      manager.create(InvoiceEntity, {
        ...header,
        orgId,
        fiscalYear,
        number,
        issuedOn,
        subtotalYen: totals.subtotalYen,
        taxYen: totals.taxYen,
        totalYen: totals.totalYen,
        paymentDueOn: printed.paymentDueOn,
        snapshot,
      }),
    );
    await manager.save(
      lines.map(({ transactionOn: _day, ...line }, i) =>
        manager.create(InvoiceLineEntity, { ...line, invoiceId: invoice.id, position: i + 1 }),
      ),
    );
    if (header.kind === InvoiceKind.INVOICE) {
      await manager.query(`INSERT INTO invoice_receivables (invoice_id, org_id, due_yen) VALUES ($1, $2, $3)`, [
        invoice.id,
        orgId,
        totals.totalYen.toString(),
      ]);
    } else {
      // What a credit note takes back is no longer due; the CHECK refuses it when already paid.
      await manager.query(`UPDATE invoice_receivables SET due_yen = due_yen - $2 WHERE invoice_id = $1`, [
        header.creditsInvoiceId,
        totals.totalYen.toString(),
      ]);
    }
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
