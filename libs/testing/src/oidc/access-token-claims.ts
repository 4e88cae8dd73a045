import { randomUUID } from 'node:crypto';
import type { RealmClient, RealmFile, RealmUser } from './realm-file';

/** Keycloak's realm default when the realm file sets no access-token lifespan. */
const DEFAULT_LIFESPAN_S = 300;
/** The scopes Keycloak gives a client whose realm entry lists none (the realm's default client scopes). */
const REALM_DEFAULT_SCOPES = ['acr', 'basic', 'email', 'profile', 'roles', 'web-origins'];
/** The scopes Keycloak names in a token's `scope` claim (the others are "not included in token scope"). */
const SCOPES_IN_CLAIM = ['email', 'profile', 'organization'];
/** What `default-roles-<realm>` grants in every Keycloak realm. */
const DEFAULT_REALM_ROLES = ['offline_access', 'uma_authorization'];
const DEFAULT_ACCOUNT_ROLES = ['manage-account', 'manage-account-links', 'view-profile'];

export type Claims = Record<string, unknown>;

export function lifespanOf(realm: RealmFile, client: RealmClient): number {
  const own = Number(client.attributes?.['access.token.lifespan']);
  return own > 0 ? own : (realm.accessTokenLifespan ?? DEFAULT_LIFESPAN_S);
}

/**
 * The claims of an access token the way Keycloak 26 writes them for the realm files' clients
 * (compare `infra/keycloak/README.md`, "The access-token contract"): the client's default scopes
 * decide which claim groups appear, its mappers add audiences and hard-coded claims.
 */
export function accessTokenClaims(input: {
  issuer: string;
  realm: RealmFile;
  client: RealmClient;
  subject: string;
  /** The user, or null for a client's service account. */
  user: RealmUser | null;
  sessionId: string | null;
  /** Where the token request came from (a service account's token names it). */
  clientAddress: string;
  openid: boolean;
  now: number;
}): Claims {
  const { issuer, realm, client, subject, user, now } = input;
  const scopes = client.defaultClientScopes ?? REALM_DEFAULT_SCOPES;
  const roles = realmRolesOf(realm, user);
  const claims: Claims = {
    exp: now + lifespanOf(realm, client),
    iat: now,
    jti: `${user ? 'onrtro' : 'trrtcc'}:${randomUUID()}`,
    iss: issuer,
    aud: undefined,
    sub: subject,
    typ: 'Bearer',
    azp: client.clientId,
    sid: input.sessionId ?? undefined,
    acr: scopes.includes('acr') ? '1' : undefined,
  };
  if (scopes.includes('roles')) {
    claims.realm_access = { roles };
    if (roles.includes(`default-roles-${realm.realm}`)) claims.resource_access = { account: { roles: DEFAULT_ACCOUNT_ROLES } };
  }
  const inScope = [
    ...(input.openid ? ['openid'] : []),
    ...SCOPES_IN_CLAIM.filter((scope) => scopes.includes(scope) && (user || scope !== 'organization')),
  ];
  claims.scope = inScope.join(' ');
  if (user) Object.assign(claims, userClaims(realm, user, scopes));
  else {
    const { clientAddress } = input;
    Object.assign(claims, {
      clientHost: clientAddress,
      email_verified: false,
      preferred_username: `service-account-${client.clientId}`,
      clientAddress,
      client_id: client.clientId,
    });
  }

  const audiences: string[] = [];
  for (const mapper of client.protocolMappers ?? []) {
    const config = mapper.config ?? {};
    if (config['access.token.claim'] === 'false') continue;
    if (mapper.protocolMapper === 'oidc-audience-mapper') {
      const audience = config['included.client.audience'] || config['included.custom.audience'];
      if (audience) audiences.push(audience);
    } else if (mapper.protocolMapper === 'oidc-usermodel-attribute-mapper') {
      // As Keycloak: the user's values under the claim name (a list when multivalued); nothing when the user has none.
      const values = attributeValues(realm, user, config['user.attribute'], config['aggregate.attrs'] === 'true');
      if (values.length) claims[config['claim.name']] = config['multivalued'] === 'true' ? values : values[0];
    } else if (mapper.protocolMapper === 'oidc-hardcoded-claim-mapper') {
      claims[config['claim.name']] = config['jsonType.label'] === 'JSON' ? JSON.parse(config['claim.value']) : config['claim.value'];
    }
  }
  // Keycloak adds every client the caller holds roles of: the account client, through the default roles.
  if (claims.resource_access) audiences.push('account');
  claims.aud = audiences.length === 1 ? audiences[0] : audiences.length ? audiences : undefined;
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

/**
 * A user attribute as Keycloak's attribute mapper resolves it (KeycloakModelUtils.resolveAttribute):
 * the user's own values; then its groups' values, all of them when the mapper aggregates, else
 * only the first group's, and only if the user has none of its own.
 */
function attributeValues(realm: RealmFile, user: RealmUser | null, name: string, aggregate: boolean): string[] {
  if (!user) return [];
  const own = user.attributes?.[name] ?? [];
  if (own.length && !aggregate) return own;
  const fromGroups = (user.groups ?? [])
    .map((path) => realm.groups?.find((group) => `/${group.name}` === path)?.attributes?.[name] ?? [])
    .filter((values) => values.length > 0);
  if (!aggregate) return fromGroups[0] ?? [];
  return [...new Set([...own, ...fromGroups.flat()])];
}

function realmRolesOf(realm: RealmFile, user: RealmUser | null): string[] {
  const own = user?.realmRoles ?? [`default-roles-${realm.realm}`];
  return own.flatMap((role) => (role === `default-roles-${realm.realm}` ? [...DEFAULT_REALM_ROLES, role] : [role]));
}

function userClaims(realm: RealmFile, user: RealmUser, scopes: string[]): Claims {
  const claims: Claims = {};
  if (scopes.includes('email')) Object.assign(claims, { email_verified: user.emailVerified ?? false, email: user.email });
  if (scopes.includes('organization')) {
    const aliases = (realm.organizations ?? [])
      .filter((org) => org.enabled !== false && org.members?.some((member) => member.username === user.username))
      .map((org) => org.alias);
    if (aliases.length) claims.organization = aliases;
  }
  if (scopes.includes('profile')) {
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
    Object.assign(claims, {
      name: name || undefined,
      preferred_username: user.username,
      given_name: user.firstName,
      family_name: user.lastName,
    });
  }
  return claims;
}
