import { TEST_ISSUER_ENV } from './issuer-global-setup';

/**
 * Jest setup file of the node projects: KEYCLOAK_URL, which tokenFor() and the nodes under test
 * read exactly as they read the real Keycloak's, names the test issuer. Set per test file (each
 * has its own copy of process.env), so it never reaches the end-to-end project's files.
 */
const url = process.env[TEST_ISSUER_ENV];
if (!url) throw new Error(`${TEST_ISSUER_ENV} is not set: run node specs through jest, whose global setup starts the test issuer.`);
process.env.KEYCLOAK_URL = url;
