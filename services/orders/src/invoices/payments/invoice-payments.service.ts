import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, uuidsOnly } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import { OrderLifecycleService } from '../../orders/order-lifecycle.service';
import { OrderStatus } from '../../orders/order-status.enum';
import { OrdersError } from '../../orders/orders.errors';
import { InvoiceKind } from '../invoice-kind.enum';
import { InvoiceEntity } from '../invoice.entity';
import { RecordInvoicePaymentInput } from './dto/record-invoice-payment.input';
import { InvoicePaymentEntity } from './invoice-payment.entity';

/** What an invoice asks (its total less credit notes) and what was paid against it. */
export interface Receivable {
  invoiceId: string;
  dueYen: bigint;
  paidYen: bigint;
}

@Injectable()
export class InvoicePaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  /** Receivables of many of the org's invoices in one statement (credit notes have none). */
  async receivables(orgId: string, invoiceIds: readonly string[]): Promise<Map<string, Receivable>> {
    const valid = uuidsOnly(invoiceIds);
    if (valid.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT invoice_id, due_yen::text AS due, paid_yen::text AS paid FROM invoice_receivables WHERE org_id = $1 AND invoice_id = ANY($2::uuid[])`,
      [orgId, valid],
    )) as { invoice_id: string; due: string; paid: string }[];
    return new Map(rows.map((r) => [r.invoice_id, { invoiceId: r.invoice_id, dueYen: BigInt(r.due), paidYen: BigInt(r.paid) }]));
  }

  /** Payments of many of the org's invoices in one statement, in the order they arrived. */
  paymentsOf(orgId: string, invoiceIds: readonly string[]): Promise<InvoicePaymentEntity[]> {
    const valid = uuidsOnly(invoiceIds);
    return valid.length === 0
      ? Promise.resolve([])
      : this.dataSource.manager
          .getRepository(InvoicePaymentEntity)
          .createQueryBuilder('p')
          .where('p.org_id = :orgId AND p.invoice_id IN (:...ids)', { orgId, ids: valid })
          .orderBy('p.received_on', 'ASC')
          .addOrderBy('p.created_at', 'ASC')
          .getMany();
  }

  /**
   * 入金: records money received against an invoice. Partial payments add up; the payment that
   * makes them reach what is due marks the invoice's orders PAID. More than is due is refused.
   * The receivable row is locked first, so concurrent recorders queue and each decides on what
   * the previous one committed; its CHECK (paid within due) holds whatever else writes it.
   */
  async record(auth: AuthContext, orgId: string, input: RecordInvoicePaymentInput): Promise<InvoicePaymentEntity> {
    const today = tokyoToday();
    if (input.receivedOn > today) {
      throw new OrdersError('PAYMENT_DATE_IN_FUTURE', `A payment cannot arrive after today (${today}, Asia/Tokyo).`, {
        receivedOn: input.receivedOn,
        today,
      });
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const invoice = await manager.findOneBy(InvoiceEntity, { orgId, id: input.invoiceId });
        if (!invoice) throw new OrdersError('INVOICE_NOT_FOUND', `No invoice ${input.invoiceId} in org ${orgId}.`);
        if (invoice.kind !== InvoiceKind.INVOICE)
          throw new OrdersError('INVOICE_NOT_PAYABLE', 'Payments are recorded against invoices, not credit notes.', {
            invoiceId: invoice.id,
          });
        const [locked] = (await manager.query(
          `SELECT due_yen::text AS due, paid_yen::text AS paid FROM invoice_receivables WHERE invoice_id = $1 FOR UPDATE`,
          [invoice.id],
        )) as {
          due: string;
          paid: string;
        }[];
        // Read after the lock, so a void of its import batch committed meanwhile is seen.
        const [{ voided }] = (await manager.query(`SELECT voided_at IS NOT NULL AS voided FROM invoices WHERE id = $1`, [invoice.id])) as {
          voided: boolean;
        }[];
        if (voided)
          throw new OrdersError('IMPORTED_RECORD_IMMUTABLE', 'The import batch of this invoice was voided: it takes no payment.', {
            invoiceId: invoice.id,
            importBatchId: invoice.importBatchId,
          });
        const due = BigInt(locked.due);
        const paidBefore = BigInt(locked.paid);
        const balance = due - paidBefore;
        if (input.amountYen > balance) {
          throw new OrdersError('PAYMENT_EXCEEDS_BALANCE', `Only ¥${balance} is still open on this invoice.`, {
            invoiceId: invoice.id,
            balanceYen: balance.toString(),
          });
        }
        const payment = await manager.save(
          manager.create(InvoicePaymentEntity, {
            orgId,
            invoiceId: invoice.id,
            receivedOn: input.receivedOn,
            amountYen: input.amountYen,
            note: input.note ?? null,
            recordedBy: auth.userId,
          }),
        );
        await manager.query(`UPDATE invoice_receivables SET paid_yen = paid_yen + $2 WHERE invoice_id = $1`, [
          invoice.id,
          input.amountYen.toString(),
        ]);
        const paid = paidBefore + input.amountYen;
        await appendAudit(manager, {
          actorId: auth.userId,
          actorOrgId: auth.orgId,
          action: 'invoice.payment',
          entityType: 'invoice',
          entityId: invoice.id,
          detail: {
            paymentId: payment.id,
            receivedOn: input.receivedOn,
            amountYen: input.amountYen.toString(),
            paidYen: paid.toString(),
            dueYen: due.toString(),
          },
        });
        if (paid === due) {
          // Sorted like issuing, so concurrent writers lock orders in one order.
          const rows = (await manager.query(
            `SELECT order_id FROM invoice_lines WHERE invoice_id = $1 AND order_id IS NOT NULL ORDER BY order_id`,
            [invoice.id],
          )) as { order_id: string }[];
          for (const { order_id: orderId } of rows) await this.lifecycle.transitionWithin(manager, auth, orgId, orderId, OrderStatus.PAID);
        }
        return payment;
      });
    } catch (error) {
      if (isCheckViolation(error, 'invoice_paid_within_due')) {
        throw new OrdersError('PAYMENT_EXCEEDS_BALANCE', 'Payments recorded meanwhile left less open than this payment.', {
          invoiceId: input.invoiceId,
        });
      }
      throw error;
    }
  }
}
