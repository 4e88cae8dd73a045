import { MantineProvider } from '@mantine/core';
import { ApolloProvider } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { RouterProvider } from 'react-router/dom';
import { WebStorageStateStore } from 'oidc-client-ts';
import { createApolloClient } from './apollo';
import { AuthGate } from './AuthGate';
import type { ConsoleConfig } from './config';
import { createConsoleRouter } from './routes';
import { theme } from './theme';

/** The Apollo client lives as long as the login; it reads the newest token on every request. */
function ApiAndRoutes({ gatewayUrl }: { gatewayUrl: string }) {
  const auth = useAuth();
  const token = useRef<string | undefined>(undefined);
  token.current = auth.user?.access_token;
  const client = useMemo(() => createApolloClient(gatewayUrl, () => token.current), [gatewayUrl]);
  const router = useMemo(() => createConsoleRouter(), []);
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}

export function App({ config }: { config: ConsoleConfig }) {
  return (
    <MantineProvider theme={theme}>
      <AuthProvider
        authority={config.authority}
        client_id={config.clientId}
        redirect_uri={`${window.location.origin}/`}
        post_logout_redirect_uri={`${window.location.origin}/`}
        scope="openid profile"
        // Tokens stay in this tab's session storage: closing the tab forgets them.
        userStore={new WebStorageStateStore({ store: window.sessionStorage })}
        automaticSilentRenew
        // After the code exchange, drop ?code=…&state=… from the address bar.
        onSigninCallback={() => window.history.replaceState({}, document.title, window.location.pathname)}
      >
        <AuthGate>
          <ApiAndRoutes gatewayUrl={config.gatewayUrl} />
        </AuthGate>
      </AuthProvider>
    </MantineProvider>
  );
}
