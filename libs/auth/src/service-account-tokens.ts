import { AuthError } from './auth.errors';

/** Renew this long before the token's end, so a request never carries one that expires on the way. */
const RENEW_BEFORE_MS = 30_000;

/**
 * Access tokens of a service's own Keycloak client (client-credentials grant), for what a
 * service does on its own schedule rather than for a caller. One token is kept until shortly
 * before it expires; concurrent callers share one request for a new one.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export class ServiceAccountTokens {
  private current?: { token: string; renewAt: number };
  private pending?: Promise<string>;

  constructor(private readonly options: { keycloakUrl: string; realm: string; clientId: string; clientSecret: string }) {}

  async token(): Promise<string> {
    if (this.current && Date.now() < this.current.renewAt) return this.current.token;
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const { keycloakUrl, realm, clientId, clientSecret } = this.options;
    const response = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token)
      throw new AuthError(
        'UNAUTHENTICATED',
        `Keycloak refused the ${clientId} service account: ${body.error ?? `HTTP ${response.status}`}.`,
      );
    this.current = { token: body.access_token, renewAt: Date.now() + (body.expires_in ?? 60) * 1000 - RENEW_BEFORE_MS };
    return body.access_token;
  }
}
