import type { SessionRevocations } from './session-revocations';

export interface AuthModuleOptions {
  keycloakUrl: string;
  realm: string;
  audience: string;
  /** Refuse requests without a token outright (the gateway: it serves no public operation). */
  requireToken?: boolean;
  /** Sessions Keycloak has ended, whose tokens are refused (the gateway passes its shared store). */
  sessionRevocations?: SessionRevocations;
  /** Otherwise: read them from this gateway (its GraphQL URL; nodes and reporting) every `revocationPollMs`. */
  revokedSessionsFrom?: { gatewayUrl: string; pollMs: number };
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

/** For an app built only to print its schema: never contacted (keys are fetched lazily). */
export const OFFLINE_AUTH: AuthModuleOptions = { keycloakUrl: 'http://keycloak.offline.invalid', realm: 'kyodo', audience: 'kyodo-api' };
