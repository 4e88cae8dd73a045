import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { ClientEntity } from '../clients/client.entity';
import { InvoiceSettingsService } from '../invoice-settings/invoice-settings.service';
import { OrdersError } from '../orders/orders.errors';
import { consumptionTax } from './consumption-tax';
import { InvoiceDocument, invoiceFilename, invoiceNumberLabel } from './invoice-document';
import { issuedNumberOf } from './imported-invoice';
import { InvoiceLineEntity } from './invoice-line.entity';
import { documentOf } from './invoice-snapshot';
import { InvoiceEntity } from './invoice.entity';
import { renderInvoicePdf } from './invoice.pdf';

/**
 * The PDF of an issued invoice or credit note, drawn from the snapshot stored when it was issued:
 * changing the issuer settings or the client later never changes a document already sent.
 */
@Injectable()
export class InvoicePdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: InvoiceSettingsService,
  ) {}

  async render(orgId: string, id: string): Promise<PdfFile> {
    const invoice = await this.dataSource.manager.findOneBy(InvoiceEntity, { orgId, id });
    if (!invoice) throw new OrdersError('INVOICE_NOT_FOUND', `No invoice ${id} in org ${orgId}.`);
    issuedNumberOf(invoice);
    const document = invoice.snapshot ? documentOf(invoice.snapshot) : await this.legacyDocument(orgId, invoice);
    return toPdfFile(invoiceFilename(invoice.kind, document.numberLabel), await renderInvoicePdf(document));
  }

  /**
   * Documents issued before snapshots existed (migration 1765200100000) have none; they are drawn
   * from their stored rows and the current issuer settings, as they always were.
   */
  private async legacyDocument(orgId: string, invoice: InvoiceEntity): Promise<InvoiceDocument> {
    const manager = this.dataSource.manager;
    const issuer = await this.settings.get(orgId);
    if (!issuer)
      throw new OrdersError(
        'INVOICE_ISSUER_NOT_SET',
        'An org admin sets the issuer name (and registration number) first: setInvoiceSettings.',
      );
    const [client, lines, corrected] = await Promise.all([
      manager.findOneByOrFail(ClientEntity, { orgId, id: invoice.clientId }),
      manager.find(InvoiceLineEntity, { where: { invoiceId: invoice.id }, order: { position: 'ASC' } }),
      invoice.creditsInvoiceId ? manager.findOneByOrFail(InvoiceEntity, { orgId, id: invoice.creditsInvoiceId }) : Promise.resolve(null),
    ]);
    return {
      kind: invoice.kind,
      numberLabel: invoiceNumberLabel(invoice.fiscalYear, issuedNumberOf(invoice)),
      issuedOn: invoice.issuedOn,
      issuer: {
        name: issuer.issuerName,
        registrationNumber: issuer.registrationNumber,
        address: issuer.address,
        phone: issuer.phone,
        bankAccount: null,
      },
      clientName: client.name,
      corrects: corrected
        ? { numberLabel: invoiceNumberLabel(corrected.fiscalYear, issuedNumberOf(corrected)), reason: invoice.reason }
        : null,
      lines: lines.map(({ position, description, taxRatePercent, amountYen }) => ({
        position,
        description,
        taxRatePercent,
        amountYen,
        transactionOn: null,
      })),
      transactionPeriod: null,
      paymentDueOn: invoice.paymentDueOn,
      totals: consumptionTax(lines),
    };
  }
}
