import { DomainError } from '@kyodo/subgraph';

/** Every way issuing or accepting a basic contract is refused. Someone else's contract is AuthError FORBIDDEN. */
export type BasicContractsErrorCode =
  | 'WORKER_NOT_FOUND'
  | 'BASIC_CONTRACT_NOT_FOUND'
  /** A newer version was issued: that one is the one to accept. */
  | 'BASIC_CONTRACT_SUPERSEDED'
  /** The hash sent is not the hash of this version. */
  | 'BASIC_CONTRACT_HASH_MISMATCH'
  /** Issuing from the template before the member saved one. */
  | 'BASIC_CONTRACT_TEMPLATE_MISSING';

export class BasicContractsError extends DomainError<BasicContractsErrorCode> {}
