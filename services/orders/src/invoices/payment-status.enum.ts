import { registerEnumType } from '@nestjs/graphql';

/** Where an invoice's money stands: what was paid against what is due (total less credit notes). */
export enum PaymentStatus {
  UNPAID = 'UNPAID',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
}

registerEnumType(PaymentStatus, { name: 'PaymentStatus' });
