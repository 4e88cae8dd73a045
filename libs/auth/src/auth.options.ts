export interface AuthModuleOptions {
  keycloakUrl: string;
  realm: string;
  audience: string;
  /** Refuse requests without a token outright (the gateway: it serves no public operation). */
  requireToken?: boolean;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

/** For an app built only to print its schema: never contacted (keys are fetched lazily). */
export const OFFLINE_AUTH: AuthModuleOptions = { keycloakUrl: 'http://keycloak.offline.invalid', realm: 'kyodo', audience: 'kyodo-api' };
