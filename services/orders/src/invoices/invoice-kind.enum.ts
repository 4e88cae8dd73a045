import { registerEnumType } from '@nestjs/graphql';

export enum InvoiceKind {
  /** 適格請求書: bills accepted orders. */
  INVOICE = 'INVOICE',
  /** 返還インボイス: reduces lines of an issued invoice (all or part), which itself never changes. */
  CREDIT_NOTE = 'CREDIT_NOTE',
}

registerEnumType(InvoiceKind, { name: 'InvoiceKind' });
