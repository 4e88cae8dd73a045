import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvoiceSettingsModule } from '../invoice-settings/invoice-settings.module';
import { OrdersModule } from '../orders/orders.module';
import { InvoicePdfResolver } from './invoice-pdf.resolver';
import { InvoicePdfService } from './invoice-pdf.service';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceLinesResolver } from './invoice-lines.resolver';
import { InvoiceEntity } from './invoice.entity';
import { InvoicesResolver } from './invoices.resolver';
import { InvoicesService } from './invoices.service';
import { InvoicePaymentEntity } from './payments/invoice-payment.entity';
import { InvoicePaymentsResolver } from './payments/invoice-payments.resolver';
import { InvoicePaymentsService } from './payments/invoice-payments.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvoiceEntity, InvoiceLineEntity, InvoicePaymentEntity]), OrdersModule, InvoiceSettingsModule],
  providers: [
    InvoicesService,
    InvoicesResolver,
    InvoiceLinesResolver,
    InvoicePdfService,
    InvoicePdfResolver,
    InvoicePaymentsService,
    InvoicePaymentsResolver,
  ],
})
export class InvoicesModule {}
