import { registerEnumType } from '@nestjs/graphql';

/** How a task pays its worker: per hour worked, or per piece delivered. */
export enum PayBasis {
  HOURLY = 'HOURLY',
  PIECE = 'PIECE',
}

registerEnumType(PayBasis, { name: 'PayBasis' });
