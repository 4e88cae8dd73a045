/**
 * `node -r @swc-node/register tools/keycloak/src/cli.ts` (or `nx run keycloak:provision`):
 * provisions Keycloak with the kyodo realms, prints where it is, and keeps it running until
 * Ctrl-C. With KEYCLOAK_URL set it only checks that server and exits.
 */
import { readDemoUsers } from './demo-users';
import { DEV_ADMIN } from './keycloak-server';
import { provisionKeycloak } from './provision-keycloak';

async function main(): Promise<void> {
  const started = Date.now();
  // Handle Ctrl-C from the start: during start-up it aborts (stopping the half-started server),
  // afterwards it stops the server.
  const abort = new AbortController();
  const running: { stop?: () => Promise<void> } = {};
  const shutdown = (signal: NodeJS.Signals) => {
    console.error(`[keycloak] ${signal}: stopping`);
    abort.abort();
    if (!running.stop) return; // provisionKeycloak rejects and main() exits
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const keycloak = await provisionKeycloak({
    onProgress: (line) => console.error(`[keycloak] ${line}`),
    signal: abort.signal,
  });
  running.stop = keycloak.stop;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!keycloak.startedHere) {
    console.log(`Keycloak at ${keycloak.url} (KEYCLOAK_URL) serves realm ${keycloak.realm}; nothing started.`);
    process.exit(0);
  }

  const users = readDemoUsers();
  console.log(
    [
      `Keycloak ready in ${seconds} s: ${keycloak.url}  (realm ${keycloak.realm}: ${keycloak.url}/realms/${keycloak.realm})`,
      `  export KEYCLOAK_URL=${keycloak.url}`,
      `  admin console: ${keycloak.url}/admin  (${DEV_ADMIN.username} / ${DEV_ADMIN.password})`,
      `  demo users (password demo-<username>, DEMO ONLY): ${users.map((u) => u.username).join(', ')}`,
      `  town IdP login: yamada@tateshina.kyodo.example / demo-yamada`,
      `  server log: ${keycloak.logFile}`,
      'Ctrl-C stops it.',
    ].join('\n'),
  );
  // The server child process keeps the event loop alive until stop().
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
