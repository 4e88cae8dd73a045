import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { ClientEntity } from '../clients/client.entity';
import { InvoiceSettingsService } from '../invoice-settings/invoice-settings.service';
import { OrdersError } from '../orders/orders.errors';
import { consumptionTax } from './consumption-tax';
import { invoiceFilename, invoiceNumberLabel } from './invoice-document';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceEntity } from './invoice.entity';
import { renderInvoicePdf } from './invoice.pdf';

/** The PDF of an issued invoice or credit note, rendered on request from the stored (immutable) rows. */
@Injectable()
export class InvoicePdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: InvoiceSettingsService,
  ) {}

  async render(orgId: string, id: string): Promise<PdfFile> {
    const manager = this.dataSource.manager;
    const invoice = await manager.findOneBy(InvoiceEntity, { orgId, id });
    if (!invoice) throw new OrdersError('INVOICE_NOT_FOUND', `No invoice ${id} in org ${orgId}.`);
    const issuer = await this.settings.get(orgId);
    if (!issuer) throw new OrdersError('INVOICE_ISSUER_NOT_SET', 'An org admin sets the issuer name (and registration number) first: setInvoiceSettings.');
    const [client, lines, corrected] = await Promise.all([
      manager.findOneByOrFail(ClientEntity, { orgId, id: invoice.clientId }),
      manager.find(InvoiceLineEntity, { where: { invoiceId: id }, order: { position: 'ASC' } }),
      invoice.creditsInvoiceId ? manager.findOneByOrFail(InvoiceEntity, { orgId, id: invoice.creditsInvoiceId }) : Promise.resolve(null),
    ]);
    const numberLabel = invoiceNumberLabel(invoice.fiscalYear, invoice.number);
    const bytes = await renderInvoicePdf({
      kind: invoice.kind,
      numberLabel,
      issuedOn: invoice.issuedOn,
      issuer: { name: issuer.issuerName, registrationNumber: issuer.registrationNumber, address: issuer.address, phone: issuer.phone },
      clientName: client.name,
      corrects: corrected ? { numberLabel: invoiceNumberLabel(corrected.fiscalYear, corrected.number), reason: invoice.reason } : null,
      lines: lines.map(({ position, description, taxRatePercent, amountYen }) => ({ position, description, taxRatePercent, amountYen })),
      // Recomputed from the lines by the same rule the database checked when it was issued.
      totals: consumptionTax(lines),
    });
    return toPdfFile(invoiceFilename(invoice.kind, numberLabel), bytes);
  }
}
