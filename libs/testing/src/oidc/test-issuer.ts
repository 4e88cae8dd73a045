import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { accessTokenClaims } from './access-token-claims';
import { RealmClient, RealmFile, readRealmFiles } from './realm-file';

/**
 * TEST ONLY. A small OpenID provider standing in for Keycloak in the node test tier: it serves,
 * per realm of infra/keycloak, the discovery document, its own RS256 signing key (JWKS at the
 * certs endpoint) and a token endpoint with the password grant (direct-grant clients, demo users)
 * and the client-credentials grant (service accounts). Its tokens carry what the real realm's
 * carry (issuer, audience kyodo-api, organization, realm roles, azp, sid, exp…), so a node reaches
 * it through the same `KEYCLOAK_URL` setting and verifies its tokens with the same code as in
 * production. Its keys are generated at every start and published nowhere else: a node pointed at
 * the real Keycloak refuses its tokens.
 *
 * Not served: the browser flows, refresh tokens, introspection, userinfo and the admin API.
 */
export interface TestIssuer {
  /** Base URL, used as `KEYCLOAK_URL`; a realm's issuer is `<url>/realms/<realm>`. */
  url: string;
  stop(): Promise<void>;
}

export interface TestIssuerOptions {
  /** Default: every realm file of infra/keycloak. */
  realms?: RealmFile[];
  /** Default: a free one. */
  port?: number;
  /**
   * The base URL written into `iss` and the discovery document, default the issuer's own URL. A
   * test sets another server's URL to mint tokens that claim to come from it.
   */
  claimedUrl?: string;
}

interface RealmState {
  file: RealmFile;
  key: { privateKey: CryptoKey; jwk: JWK; kid: string };
  /** Keycloak gives every user and service account a UUID; stable while the issuer runs. */
  subjects: Map<string, string>;
}

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

export async function startTestIssuer(options: TestIssuerOptions = {}): Promise<TestIssuer> {
  const realms = new Map<string, RealmState>();
  for (const file of options.realms ?? readRealmFiles()) realms.set(file.realm, await realmState(file));
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: 'server_error', error_description: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://issuer').pathname;
    const match = /^\/realms\/([^/]+)(\/.*)$/.exec(path);
    const realm = match && realms.get(decodeURIComponent(match[1]));
    if (!match) return send(res, 404, { error: 'Not Found' });
    if (!realm || realm.file.enabled === false) return send(res, 404, { error: 'Realm does not exist' });
    const issuer = `${options.claimedUrl ?? baseUrl}/realms/${realm.file.realm}`;
    const endpoint = match[2];
    if (req.method === 'GET' && endpoint === '/.well-known/openid-configuration') return send(res, 200, discovery(issuer));
    if (req.method === 'GET' && endpoint === '/protocol/openid-connect/certs') return send(res, 200, { keys: [realm.key.jwk] });
    if (req.method === 'POST' && endpoint === '/protocol/openid-connect/token') {
      try {
        return send(res, 200, await grant(realm, issuer, req, new URLSearchParams(await bodyOf(req))), { 'cache-control': 'no-store' });
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        return send(res, error.status, { error: error.error, error_description: error.description });
      }
    }
    return send(res, 404, { error: 'Not Found' });
  }

  // Idle connections are left for the client to close: under load a server-side keep-alive
  // timeout races a client reusing the socket, and the token request dies with ECONNRESET.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function realmState(file: RealmFile): Promise<RealmState> {
  // extractable: jose exports the public half as the JWK the certs endpoint publishes.
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { file, key: { privateKey, kid, jwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' } }, subjects: new Map() };
}

function discovery(issuer: string) {
  const oidc = `${issuer}/protocol/openid-connect`;
  return {
    issuer,
    token_endpoint: `${oidc}/token`,
    jwks_uri: `${oidc}/certs`,
    grant_types_supported: ['password', 'client_credentials'],
    response_types_supported: ['token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    scopes_supported: ['openid', 'email', 'profile', 'organization'],
  };
}

/** The token endpoint, answering and refusing the way Keycloak does (same error codes and texts). */
async function grant(realm: RealmState, issuer: string, req: IncomingMessage, params: URLSearchParams) {
  const grantType = params.get('grant_type');
  const client = authenticateClient(realm.file, req, params);
  let user = null;
  if (grantType === 'password') {
    if (!client.directAccessGrantsEnabled) throw new OAuthError(400, 'unauthorized_client', 'Client not allowed for direct access grants');
    const username = params.get('username') ?? '';
    user = (realm.file.users ?? []).find((candidate) => candidate.username === username && !candidate.serviceAccountClientId) ?? null;
    const password = user?.credentials?.find((credential) => credential.type === 'password')?.value;
    if (!user || user.enabled === false || password === undefined || !sameText(password, params.get('password') ?? '')) {
      throw new OAuthError(400, 'invalid_grant', 'Invalid user credentials');
    }
  } else if (grantType === 'client_credentials') {
    if (client.publicClient) throw new OAuthError(401, 'unauthorized_client', 'Public client not allowed to retrieve service account');
    if (!client.serviceAccountsEnabled) throw new OAuthError(401, 'unauthorized_client', 'Client not enabled to retrieve service account');
  } else {
    throw new OAuthError(400, 'unsupported_grant_type', 'Unsupported grant_type');
  }
  const sessionId = user ? randomUUID() : null;
  const principal = user ? `user:${user.username}` : `client:${client.clientId}`;
  const subject = realm.subjects.get(principal) ?? randomUUID();
  realm.subjects.set(principal, subject);
  const claims = accessTokenClaims({
    issuer,
    realm: realm.file,
    client,
    subject,
    user,
    sessionId,
    clientAddress: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    openid: (params.get('scope') ?? '').split(' ').includes('openid'),
    now: Math.floor(Date.now() / 1000),
  });
  const accessToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: realm.key.kid })
    .sign(realm.key.privateKey);
  return {
    access_token: accessToken,
    expires_in: (claims.exp as number) - (claims.iat as number),
    refresh_expires_in: 0,
    token_type: 'Bearer',
    'not-before-policy': 0,
    ...(sessionId ? { session_state: sessionId } : {}),
    scope: claims.scope,
  };
}

/** client_secret_post or client_secret_basic for a confidential client; a public one names itself. */
function authenticateClient(realm: RealmFile, req: IncomingMessage, params: URLSearchParams): RealmClient {
  let clientId = params.get('client_id');
  let secret = params.get('client_secret');
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (basic) {
    const [id, ...rest] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    clientId = decodeURIComponent(id);
    secret = decodeURIComponent(rest.join(':'));
  }
  const client = (realm.clients ?? []).find((candidate) => candidate.clientId === clientId);
  if (!client || client.enabled === false) throw new OAuthError(401, 'invalid_client', 'Invalid client or Invalid client credentials');
  if (!client.publicClient && (client.secret === undefined || !sameText(client.secret, secret ?? ''))) {
    throw new OAuthError(401, 'unauthorized_client', 'Invalid client or Invalid client credentials');
  }
  return client;
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
