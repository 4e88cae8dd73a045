import { DomainError } from '@kyodo/subgraph';

/** Every way instructions and Q&A are refused. */
export type InstructionsErrorCode =
  /** The caller is neither the org's staff nor a worker assigned to the task. */
  | 'TASK_NOT_VISIBLE'
  /** Another member's task is handled here only within a claim this org holds on it. */
  | 'TASK_NOT_CLAIMED'
  /** Someone saved a newer version since the one the editor started from. */
  | 'INSTRUCTIONS_VERSION_CONFLICT'
  /** An attachment is unknown, not uploaded yet, or belongs to another task. */
  | 'ATTACHMENT_NOT_FOUND'
  | 'THREAD_NOT_FOUND';

export class InstructionsError extends DomainError<InstructionsErrorCode> {}
