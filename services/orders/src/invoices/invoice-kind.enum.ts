import { registerEnumType } from '@nestjs/graphql';

export enum InvoiceKind {
  /** 適格請求書: bills accepted orders. */
  INVOICE = 'INVOICE',
  /** 返還インボイス: reverses an issued invoice, which itself never changes. */
  CREDIT_NOTE = 'CREDIT_NOTE',
}

registerEnumType(InvoiceKind, { name: 'InvoiceKind' });
