import { DomainError } from '@kyodo/subgraph';

/** Every way the projects feature refuses a request (access refusals are AuthError's FORBIDDEN). */
export type ProjectsErrorCode =
  /** No project of that id (or one the caller may not see). */
  | 'PROJECT_NOT_FOUND'
  /** Another project already has that name. */
  | 'PROJECT_NAME_TAKEN'
  /** Members that do not make a project: the lead not among them, or an org listed twice. */
  | 'INVALID_PROJECT_MEMBERS';

export class ProjectsError extends DomainError<ProjectsErrorCode> {}
