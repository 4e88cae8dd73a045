import { DomainError } from '@kyodo/subgraph';

/** Every way the logins feature refuses a request. */
export type LoginsErrorCode =
  /** The node has no Keycloak admin credentials (KEYCLOAK_ADMIN_CLIENT_SECRET), so it cannot make logins. */
  | 'LOGINS_UNAVAILABLE'
  /** Keycloak refused or could not be reached; nothing was kept. */
  | 'LOGIN_DIRECTORY_FAILED'
  /** An account with that e-mail exists already. */
  | 'LOGIN_EMAIL_TAKEN'
  /** No staff login of this org by that username. */
  | 'LOGIN_NOT_FOUND'
  /** The worker has no e-mail address to invite. */
  | 'WORKER_HAS_NO_EMAIL'
  /** The worker is already linked to a login. */
  | 'WORKER_ALREADY_HAS_LOGIN'
  /** An admin cannot change the role of, or disable, their own login (the org would be left without one). */
  | 'OWN_LOGIN_UNCHANGEABLE';

export class LoginsError extends DomainError<LoginsErrorCode> {}
