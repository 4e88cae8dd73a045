import { DomainError } from '@kyodo/subgraph';

/** Every way authentication or authorization refuses a call. */
export type AuthErrorCode =
  /** No token, or a token that failed verification (expired, forged, wrong audience or realm). */
  | 'UNAUTHENTICATED'
  /** A valid caller whose roles do not open this operation. */
  | 'FORBIDDEN'
  /** The operation declares no access rule: closed by default. */
  | 'NO_ACCESS_RULE'
  /** A member naming another member's org in an operation that is not declared cross-org. */
  | 'CROSS_ORG_REFUSED';

export class AuthError extends DomainError<AuthErrorCode> {}
