import { OrdersError } from '../orders/orders.errors';
import type { InvoiceEntity } from './invoice.entity';

/**
 * The Kyodo number of an invoice Kyodo issued. An imported invoice (過去実績) was issued outside
 * Kyodo: it has no Kyodo number and no document here, and it is never corrected by a credit note
 * here (its batch is voided and imported again instead).
 */
export function issuedNumberOf(invoice: Pick<InvoiceEntity, 'id' | 'number' | 'importBatchId' | 'importReference'>): number {
  if (invoice.importBatchId !== null || invoice.number === null)
    throw new OrdersError(
      'IMPORTED_RECORD_IMMUTABLE',
      `Invoice ${invoice.importReference ?? invoice.id} was imported from the org's own books: it has no document here and never changes; void its import batch instead.`,
      { id: invoice.id, importBatchId: invoice.importBatchId },
    );
  return invoice.number;
}
