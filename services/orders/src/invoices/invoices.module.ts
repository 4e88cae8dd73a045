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

@Module({
  imports: [TypeOrmModule.forFeature([InvoiceEntity, InvoiceLineEntity]), OrdersModule, InvoiceSettingsModule],
  providers: [InvoicesService, InvoicesResolver, InvoiceLinesResolver, InvoicePdfService, InvoicePdfResolver],
})
export class InvoicesModule {}
