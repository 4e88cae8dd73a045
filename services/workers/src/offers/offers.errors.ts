import { DomainError } from '@kyodo/subgraph';

/** Every way making or answering an offer is refused. */
export type OffersErrorCode =
  /** No worker of the org meets the offer's requirements and has room for its minimum share. */
  | 'NO_ELIGIBLE_WORKERS'
  | 'INVALID_PERIOD'
  /** The minimum share is larger than the offer. */
  | 'INVALID_MINUTES'
  | 'PAY_BASIS_MISMATCH'
  /** No such offer to this caller (not offered to them, or another org's). */
  | 'OFFER_NOT_FOUND'
  /** The offer is filled or withdrawn. */
  | 'OFFER_CLOSED'
  /** Fewer minutes are left than asked (someone took them first), or fewer than the offer's minimum share were asked. */
  | 'OFFER_HOURS_UNAVAILABLE'
  /** The worker has already taken hours of this offer, or the director already booked them. */
  | 'OFFER_ALREADY_ACCEPTED'
  /** Confidential work needs the worker's NDA (秘密保持契約) on file. */
  | 'NDA_REQUIRED'
  /** In a DIRECTOR_PICKS offer the director picks only a worker who raised a hand. */
  | 'HAND_NOT_RAISED'
  | 'WORKER_NOT_LINKED';

export class OffersError extends DomainError<OffersErrorCode> {}
