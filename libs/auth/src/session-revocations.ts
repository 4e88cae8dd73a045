/**
 * Keycloak sessions that have ended (logout, an admin ending them, a disabled user), by the
 * session id every token of that session carries (`sid`). A token of an ended session is refused
 * at once instead of working until it expires.
 *
 * The gateway is where Keycloak reports an ended session (OIDC back-channel logout); its replicas
 * share the list through the hub database, and every other service reads it from the gateway
 * (`GatewaySessionRevocations`).
 */
export interface SessionRevocations {
  isRevoked(sid: string): boolean;
  /** Stops any polling when the service shuts down. */
  close?(): Promise<void> | void;
}

/** One ended session as the gateway serves it at `GET /auth/revoked-sessions`. */
export interface RevokedSession {
  sid: string;
  /** When the gateway recorded it, in ms since the epoch (the hub database's clock). */
  revokedAt: number;
}

/** The body of `GET /auth/revoked-sessions?since=<ms>`: sessions recorded after `since`, and the time to ask from next. */
export interface RevokedSessionsPage {
  sessions: RevokedSession[];
  /** The serving replica's clock when it answered; the next request asks from a little before it. */
  asOf: number;
}

/** Where a service reads ended sessions from the gateway, derived from its GATEWAY_URL (…/graphql). */
export const REVOKED_SESSIONS_PATH = '/auth/revoked-sessions';

/**
 * How far back each read reaches again: an ended session shows at a replica up to a poll interval
 * after the hub database recorded it, and replicas' clocks may differ by a few seconds.
 */
export const REVOCATION_READ_OVERLAP_MS = 10_000;

/**
 * How long an ended session is remembered: longer than any access token the realm issues lives
 * (5 min by default), after which a token of that session is refused as expired anyway.
 */
export const REVOCATION_RETENTION_MS = 24 * 60 * 60 * 1000;
