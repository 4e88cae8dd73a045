import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a Keycloak realm export (infra/keycloak/*-realm.json) the test issuer acts on. */
export interface RealmFile {
  realm: string;
  enabled?: boolean;
  /** Seconds; Keycloak's default is 300. */
  accessTokenLifespan?: number;
  clients?: RealmClient[];
  users?: RealmUser[];
  organizations?: RealmOrganization[];
  /** Top-level groups; a member's token carries its groups' attributes where a mapper aggregates them (`operators-of-<member>`). */
  groups?: RealmGroup[];
}

export interface RealmGroup {
  name: string;
  attributes?: Record<string, string[]>;
}

export interface RealmClient {
  clientId: string;
  enabled?: boolean;
  publicClient?: boolean;
  secret?: string;
  directAccessGrantsEnabled?: boolean;
  serviceAccountsEnabled?: boolean;
  /** `access.token.lifespan` (seconds) overrides the realm's. */
  attributes?: Record<string, string>;
  protocolMappers?: { name: string; protocolMapper: string; config?: Record<string, string> }[];
  defaultClientScopes?: string[];
}

export interface RealmUser {
  username: string;
  email?: string;
  emailVerified?: boolean;
  firstName?: string;
  lastName?: string;
  enabled?: boolean;
  credentials?: { type: string; value: string }[];
  realmRoles?: string[];
  /** User attributes, multivalued as Keycloak keeps them. */
  attributes?: Record<string, string[]>;
  /** Group paths, e.g. `/operators-of-tateshina`. */
  groups?: string[];
  /** Set for the user Keycloak keeps as a client's service account. */
  serviceAccountClientId?: string;
}

export interface RealmOrganization {
  alias: string;
  enabled?: boolean;
  members?: { username: string }[];
}

/** The directory the real Keycloak imports its realms from (tools/keycloak and the compose file). */
export const REALM_DIR = join(__dirname, '../../../../infra/keycloak');

/** Every `<realm>-realm.json` of a directory, as Keycloak's `--import-realm` would read them. */
export function readRealmFiles(dir = REALM_DIR): RealmFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('-realm.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as RealmFile);
}
