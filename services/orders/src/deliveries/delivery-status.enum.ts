import { registerEnumType } from '@nestjs/graphql';

/** Where a delivery (納入) stands with the client. */
export enum DeliveryStatus {
  /** 納入: handed over, waiting for the client's acceptance. */
  DELIVERED = 'DELIVERED',
  /** 検収: the client accepted it; it can be invoiced. */
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });
