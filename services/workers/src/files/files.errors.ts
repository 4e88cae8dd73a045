import { DomainError } from '@kyodo/subgraph';

/** Every way storing or fetching an attachment is refused. */
export type FilesErrorCode =
  /** The link's signature does not match (tampered or forged). */
  | 'LINK_INVALID'
  | 'LINK_EXPIRED'
  | 'FILE_NOT_FOUND'
  /** An upload link is spent once content is stored. */
  | 'FILE_ALREADY_STORED'
  | 'FILE_TOO_LARGE'
  /** The content is not one of the allowed file types (checked by content, not by name). */
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FILE_EMPTY';

export class FilesError extends DomainError<FilesErrorCode> {}

/** The HTTP status a refused file request answers with. */
export const FILES_HTTP_STATUS: Record<FilesErrorCode, number> = {
  LINK_INVALID: 403,
  LINK_EXPIRED: 403,
  FILE_NOT_FOUND: 404,
  FILE_ALREADY_STORED: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_EMPTY: 400,
};
