import { registerEnumType } from '@nestjs/graphql';

/** A partner's claim on a pool offer: waiting for the owner, then approved or declined for good. */
export enum PoolClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}

registerEnumType(PoolClaimStatus, { name: 'PoolClaimStatus' });
