import { registerEnumType } from '@nestjs/graphql';

/**
 * How an assignment pays its worker: per hour worked, or per piece delivered. The same enum
 * (name and values) as the orders subgraph's task pay basis, so the supergraph holds one.
 */
export enum PayBasis {
  HOURLY = 'HOURLY',
  PIECE = 'PIECE',
}

registerEnumType(PayBasis, { name: 'PayBasis' });
