import { createHash, randomBytes } from 'node:crypto';
import { CookieJar } from 'tough-cookie';
import { describePage, parseForms, parseLinks, type HtmlForm } from './html-form';

/** The consortium realm. */
export const KYODO_REALM = 'kyodo';

/** Public client for the demo CLI and tests: resource-owner password grant. */
export const CLI_CLIENT_ID = 'kyodo-cli';
/** Public browser client: authorization code + PKCE S256. */
export const WEB_CLIENT_ID = 'kyodo-web';
/** The audience every Kyodo access token carries. */
export const API_AUDIENCE = 'kyodo-api';

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
  refresh_expires_in?: number;
  id_token?: string;
  scope?: string;
}

/**
 * The claims of a Kyodo access token that services rely on. `organization` lists the aliases of
 * the caller's organizations (one per member user; absent for the consortium admin and for
 * service accounts): an alias is the member's id, e.g. `tateshina`.
 */
export interface KyodoAccessTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  azp: string;
  exp: number;
  scope?: string;
  preferred_username?: string;
  email?: string;
  realm_access?: { roles: string[] };
  organization?: string[];
  [claim: string]: unknown;
}

/** Keycloak refused a token request (`error` is the OAuth error code, e.g. `invalid_grant`). */
export class KeycloakTokenError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorDescription?: string,
  ) {
    super(`Token request refused (${status} ${error}${errorDescription ? `: ${errorDescription}` : ''})`);
  }
}

/** A scripted browser login did not reach the application's redirect URI. */
export class BrokeredLoginError extends Error {}

export function tokenEndpoint(url: string, realm = KYODO_REALM): string {
  return `${url}/realms/${realm}/protocol/openid-connect/token`;
}

/** Direct access grant on `kyodo-cli`, for tests and the demo CLI. */
export function passwordToken(url: string, username: string, password: string): Promise<TokenResponse> {
  return requestToken(url, { grant_type: 'password', client_id: CLI_CLIENT_ID, username, password, scope: 'openid' });
}

/** Client credentials of a confidential service client (`kyodo-orders`, …). */
export function clientCredentialsToken(url: string, clientId: string, secret: string): Promise<TokenResponse> {
  return requestToken(url, { grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
}

export interface BrokeredLoginOptions {
  clientId?: string;
  /** Where the app would receive the code; never requested, only recognised in a redirect. */
  redirectUri?: string;
  maxSteps?: number;
}

/**
 * Logs in the way a browser does, through an identity provider brokered by the kyodo realm:
 * authorization request with PKCE (S256) on `kyodo-web` → the kyodo login page → the identity
 * provider's login form → back to kyodo (first-broker-login on the first visit) → redirect with a
 * code, which is exchanged for kyodo tokens.
 *
 * `username` is what the person types on both pages: their e-mail address at their town. Kyodo's
 * login page asks for it first and, because its domain belongs to an organization whose identity
 * provider is set to redirect on matching e-mail, sends the browser to that provider (which accepts
 * the e-mail as login name). A link to the provider on the page is followed instead when offered.
 * The login fails fast if kyodo asks for a password of its own: then no brokering happened.
 */
export async function brokeredLogin(
  url: string,
  idpAlias: string,
  username: string,
  password: string,
  options: BrokeredLoginOptions = {},
): Promise<TokenResponse> {
  const clientId = options.clientId ?? WEB_CLIENT_ID;
  const redirectUri = options.redirectUri ?? 'http://localhost:4200/auth/callback';
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const authorize = new URL(`${url}/realms/${KYODO_REALM}/protocol/openid-connect/auth`);
  authorize.search = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    nonce: randomBytes(16).toString('base64url'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();

  const browser = new ScriptedBrowser();
  const kyodoPrefix = `${url}/realms/${KYODO_REALM}/`;
  const passwordSubmittedTo = new Set<string>();
  const usernameSubmittedTo = new Set<string>();
  let brokered = false;
  let page = await browser.get(authorize);
  for (let step = 0; step < (options.maxSteps ?? 25); step++) {
    const location = page.response.headers.get('location');
    if (isRedirect(page.response.status) && location) {
      const next = new URL(location, page.url);
      if (next.href.startsWith(redirectUri)) {
        if (!brokered) throw new BrokeredLoginError(`Logged in without passing through identity provider ${idpAlias}`);
        return exchangeCode(url, next, { clientId, redirectUri, verifier, state });
      }
      if (next.pathname.includes(`/broker/${idpAlias}/`)) brokered = true;
      page = await browser.get(next);
      continue;
    }
    if (page.response.status !== 200) {
      throw new BrokeredLoginError(`HTTP ${page.response.status} at ${page.url}: ${describePage(page.html)}`);
    }

    const providerLink = parseLinks(page.html).find((href) => href.includes(`/broker/${idpAlias}/login`));
    if (providerLink && !brokered) {
      page = await browser.get(new URL(providerLink, page.url));
      continue;
    }

    const form = loginForm(parseForms(page.html));
    if (!form) throw new BrokeredLoginError(`No login form at ${page.url}: ${describePage(page.html)}`);
    const action = new URL(form.action || page.url.href, page.url);
    const realm = /\/realms\/([^/]+)\//.exec(action.pathname)?.[1] ?? action.host;
    const fields = { ...form.fields };
    if ('password' in fields) {
      if (action.href.startsWith(kyodoPrefix)) {
        throw new BrokeredLoginError(`The kyodo realm asked for its own password instead of sending ${username} to ${idpAlias}`);
      }
      if (passwordSubmittedTo.has(realm)) {
        throw new BrokeredLoginError(`Login refused by ${realm}: ${describePage(page.html)}`);
      }
      passwordSubmittedTo.add(realm);
      if ('username' in fields) fields.username = username;
      fields.password = password;
    } else if ('username' in fields) {
      if (usernameSubmittedTo.has(realm)) {
        throw new BrokeredLoginError(`${realm} asked for the username again: ${describePage(page.html)}`);
      }
      usernameSubmittedTo.add(realm);
      fields.username = username;
    } else {
      // e.g. a review-profile form: the realm's first-broker-login is meant to need no input.
      throw new BrokeredLoginError(`Unexpected form at ${page.url}: ${describePage(page.html)}`);
    }
    page = await browser.post(action, new URLSearchParams(fields));
  }
  throw new BrokeredLoginError(`No redirect to ${redirectUri} after ${options.maxSteps ?? 25} steps (last: ${page.url})`);
}

/**
 * Reads a JWT's payload without checking its signature: for tests and the demo, which received the
 * token straight from Keycloak. Services verify tokens instead.
 */
export function decodeJwtPayload<T = KyodoAccessTokenClaims>(jwt: string): T {
  const payload = jwt.split('.')[1];
  if (!payload) throw new Error('Not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as T;
}

/** The audience as a list, whichever form the token used. */
export function audiences(claims: Pick<KyodoAccessTokenClaims, 'aud'>): string[] {
  return Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}

async function requestToken(url: string, params: Record<string, string>): Promise<TokenResponse> {
  const response = await fetch(tokenEndpoint(url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  const body = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & {
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new KeycloakTokenError(response.status, body.error ?? 'unknown_error', body.error_description);
  }
  return body as TokenResponse;
}

async function exchangeCode(
  url: string,
  callback: URL,
  flow: { clientId: string; redirectUri: string; verifier: string; state: string },
): Promise<TokenResponse> {
  const error = callback.searchParams.get('error');
  if (error) {
    throw new BrokeredLoginError(`Authorization failed: ${error} ${callback.searchParams.get('error_description') ?? ''}`.trim());
  }
  if (callback.searchParams.get('state') !== flow.state) throw new BrokeredLoginError('State mismatch in the redirect');
  const code = callback.searchParams.get('code');
  if (!code) throw new BrokeredLoginError(`No code in the redirect ${callback.href}`);
  return requestToken(url, {
    grant_type: 'authorization_code',
    client_id: flow.clientId,
    code,
    redirect_uri: flow.redirectUri,
    code_verifier: flow.verifier,
  });
}

/** Keycloak's login form is `kc-form-login`; other themes still name their inputs the same. */
function loginForm(forms: HtmlForm[]): HtmlForm | undefined {
  return forms.find((f) => f.id === 'kc-form-login') ?? forms.find((f) => 'password' in f.fields || 'username' in f.fields) ?? forms[0];
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

interface Page {
  url: URL;
  response: Response;
  html: string;
}

/** fetch with a cookie jar (tough-cookie) and manual redirects, so each hop can be inspected. */
class ScriptedBrowser {
  private readonly jar = new CookieJar();

  get(url: URL): Promise<Page> {
    return this.request(url, { method: 'GET' });
  }

  post(url: URL, form: URLSearchParams): Promise<Page> {
    return this.request(url, { method: 'POST', body: form });
  }

  private async request(url: URL, init: { method: string; body?: URLSearchParams }): Promise<Page> {
    const headers: Record<string, string> = { accept: 'text/html', 'accept-language': 'en' };
    const cookie = await this.jar.getCookieString(url.toString());
    if (cookie) headers.cookie = cookie;
    if (init.body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, { method: init.method, headers, body: init.body, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) await this.jar.setCookie(setCookie, url.toString(), { ignoreError: true });
    const html = isRedirect(response.status) ? (await response.body?.cancel(), '') : await response.text();
    return { url, response, html };
  }
}
