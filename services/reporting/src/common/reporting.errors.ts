import { DomainError } from '@kyodo/subgraph';

/** Every way reporting refuses a request (access refusals are AuthError's FORBIDDEN). */
export type ReportingErrorCode =
  /** The hub's reporting has no GATEWAY_URL, so it cannot gather members' aggregates. */
  | 'UPSTREAM_NOT_CONFIGURED'
  /** The gateway refused or failed as a whole (not one member's node being down). */
  | 'GATHER_FAILED'
  /** A range of fiscal years that runs backwards or spans more than MAX_YEARS. */
  | 'INVALID_YEAR_RANGE'
  /** An org the report needs a figure of has no snapshot for that year. */
  | 'NO_SNAPSHOT'
  /** A KPI plan whose years do not fit: final year not after the base year, a single-year target outside the plan's years or twice. */
  | 'INVALID_KPI_PLAN';

export class ReportingError extends DomainError<ReportingErrorCode> {}
