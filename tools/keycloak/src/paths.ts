import { join, resolve } from 'node:path';

/** The repository root, found from this file's place in `tools/keycloak/src`. */
export const REPO_ROOT = resolve(__dirname, '../../..');

/** Realm definitions imported into Keycloak at start. */
export const REALM_DIR = join(REPO_ROOT, 'infra/keycloak');

/** The realm files, in import order (Keycloak imports every `*.json` of `data/import`). */
export const REALM_FILES = ['kyodo-realm.json', 'tateshina-idp-realm.json'].map((name) => join(REALM_DIR, name));

/**
 * Everything provisioning writes: the unpacked distribution, one directory per running server,
 * and logs. `.kyodo/` is git-ignored at the repository root.
 */
export const CACHE_DIR = join(REPO_ROOT, '.kyodo/keycloak');
