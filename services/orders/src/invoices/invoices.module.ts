import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrdersModule } from '../orders/orders.module';
import { InvoiceLineEntity } from './invoice-line.entity';
import { InvoiceLinesResolver } from './invoice-lines.resolver';
import { InvoiceEntity } from './invoice.entity';
import { InvoicesResolver } from './invoices.resolver';
import { InvoicesService } from './invoices.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvoiceEntity, InvoiceLineEntity]), OrdersModule],
  providers: [InvoicesService, InvoicesResolver, InvoiceLinesResolver],
})
export class InvoicesModule {}
