import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvoiceSettingsEntity } from './invoice-settings.entity';
import { InvoiceSettingsResolver } from './invoice-settings.resolver';
import { InvoiceSettingsService } from './invoice-settings.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvoiceSettingsEntity])],
  providers: [InvoiceSettingsService, InvoiceSettingsResolver],
  exports: [InvoiceSettingsService],
})
export class InvoiceSettingsModule {}
