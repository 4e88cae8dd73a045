import { DomainError } from '@kyodo/subgraph';

export type RegistryErrorCode =
  | 'MEMBER_EXISTS'
  | 'MEMBER_NOT_FOUND'
  | 'NODE_EXISTS'
  | 'NODE_NOT_FOUND'
  /** Keycloak already has an organization with the member's id. */
  | 'IDENTITY_EXISTS'
  /** Keycloak's admin API refused or failed; what was created there was removed again. */
  | 'IDENTITY_FAILED'
  /** The gateway has no Keycloak admin credentials (KEYCLOAK_ADMIN_CLIENT_SECRET). */
  | 'IDENTITY_NOT_CONFIGURED';

export class RegistryError extends DomainError<RegistryErrorCode> {}
