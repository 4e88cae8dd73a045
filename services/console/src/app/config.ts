/**
 * Where the console finds the gateway and Keycloak. It is read at run time from `/config.json`
 * beside the static files, so one build serves every installation; the demo writes it.
 */
export interface ConsoleConfig {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  gatewayUrl: string;
  /** The OIDC issuer: the Keycloak realm's URL, e.g. http://localhost:8180/realms/kyodo. */
  authority: string;
  /** The public OIDC client the console logs in with (code + PKCE). */
  clientId: string;
}

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  // No cache option here: it would not match index.html's preload of the same URL. The server
  // sends config.json with Cache-Control: no-store, so a changed installation is read at once.
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<ConsoleConfig>;
  for (const key of ['gatewayUrl', 'authority', 'clientId'] as const) {
    if (typeof config[key] !== 'string' || !config[key]) throw new Error(`config.json lacks ${key}`);
  }
  return config as ConsoleConfig;
}
