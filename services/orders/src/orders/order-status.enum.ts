import { registerEnumType } from '@nestjs/graphql';

/**
 * The order lifecycle (案件のステータス). The orders issue turns this into a state machine
 * with audited transitions.
 */
export enum OrderStatus {
  INQUIRY = 'INQUIRY',
  /** 受託確認: feasibility checked */
  FEASIBILITY_CHECKED = 'FEASIBILITY_CHECKED',
  CONTRACTED = 'CONTRACTED',
  IN_PROGRESS = 'IN_PROGRESS',
  /** 納入 */
  DELIVERED = 'DELIVERED',
  /** 検収 */
  ACCEPTED = 'ACCEPTED',
  /** 請求 */
  INVOICED = 'INVOICED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

registerEnumType(OrderStatus, { name: 'OrderStatus' });
