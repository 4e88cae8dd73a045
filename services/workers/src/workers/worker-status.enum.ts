import { registerEnumType } from '@nestjs/graphql';

/** Where a resident teleworker (住民テレワーカー) stands with the org. */
export enum WorkerStatus {
  /** Registered (登録), not yet working. */
  REGISTERED = 'REGISTERED',
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

registerEnumType(WorkerStatus, { name: 'WorkerStatus' });
