import { registerEnumType } from '@nestjs/graphql';

/** Whether an order stays with the org's own workers or may be offered across the consortium. */
export enum OrderSharing {
  LOCAL = 'LOCAL',
  CONSORTIUM = 'CONSORTIUM',
}

registerEnumType(OrderSharing, { name: 'OrderSharing' });
