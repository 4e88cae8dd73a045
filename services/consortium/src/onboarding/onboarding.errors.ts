import { DomainError } from '@kyodo/subgraph';

export type OnboardingErrorCode =
  /** A municipality-run member names no partner, another form names one, or the partner cannot contract and pay. */
  | 'PARTNER_INVALID'
  /** Hosted placement for a member that is not municipality-run, nodes given for a hosted member, or a host without its nodes registered. */
  | 'PLACEMENT_INVALID'
  /** Not one node for each of orders, workers and training. */
  | 'NODES_INCOMPLETE'
  /** A node failed its health, identity or schema check before anything was written. */
  | 'NODE_CHECK_FAILED'
  | 'ONBOARDING_NOT_FOUND'
  /** The consortium admin names no member for a per-member operation. */
  | 'ORG_ID_REQUIRED'
  /** The caller's role may not tick this checklist item. */
  | 'CHECKLIST_ROLE_REFUSED';

export class OnboardingError extends DomainError<OnboardingErrorCode> {}
