export { provisionKeycloak, type ProvisionKeycloakOptions, type ProvisionedKeycloak } from './provision-keycloak';
export {
  API_AUDIENCE,
  audiences,
  brokeredLogin,
  BrokeredLoginError,
  CLI_CLIENT_ID,
  clientCredentialsToken,
  decodeJwtPayload,
  KeycloakTokenError,
  KYODO_REALM,
  passwordToken,
  tokenEndpoint,
  WEB_CLIENT_ID,
  type BrokeredLoginOptions,
  type KyodoAccessTokenClaims,
  type TokenResponse,
} from './tokens';
export { readDemoUsers, demoUserToken, type DemoUser } from './demo-users';
export { DEV_ADMIN } from './keycloak-server';
export { KEYCLOAK_VERSION } from './keycloak-distribution';
export { parseForms, type HtmlForm } from './html-form';
