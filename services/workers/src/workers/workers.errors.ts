import { DomainError } from '@kyodo/subgraph';

/** Every way the workers feature refuses a request. */
export type WorkersErrorCode =
  | 'WORKER_NOT_FOUND'
  /** Weekly availability that contradicts itself (a weekday twice, a window ending before it starts). */
  | 'INVALID_AVAILABILITY'
  /** A basic contract that ends before it starts. */
  | 'INVALID_CONTRACT_PERIOD'
  /** Another worker of the org is already linked to that Keycloak user. */
  | 'USER_ALREADY_LINKED'
  /** A worker-role caller whose account is linked to no worker record. */
  | 'NOT_A_REGISTERED_WORKER'
  /** A date of birth in the future or before 1900. */
  | 'INVALID_DATE_OF_BIRTH'
  /** A worker placed above stage A at registration by someone other than an org admin, or without a reason. */
  | 'STAGE_NEEDS_ORG_ADMIN_AND_REASON'
  /** A correction that clears a field every worker has (a name, the hour cap…). */
  | 'WORKER_FIELD_REQUIRED';

export class WorkersError extends DomainError<WorkersErrorCode> {}
