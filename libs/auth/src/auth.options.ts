export interface AuthModuleOptions {
  keycloakUrl: string;
  realm: string;
  audience: string;
  /** Refuse requests without a token outright (the gateway: it serves no public operation). */
  requireToken?: boolean;
}

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
