import { MantineProvider } from '@mantine/core';
import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { RouterProvider } from 'react-router/dom';
import { WebStorageStateStore } from 'oidc-client-ts';
import { ActingForProvider } from '../features/acting/ActingForProvider';
import type { ApiClient } from './api-client';
import { AuthGate } from './AuthGate';
import type { ConsoleConfig } from './config';
import { createConsoleRouter } from './routes';
import { theme } from './theme';

/** The page's Apollo client (made before React, see api-client.ts) reads the newest token on every request. */
function ApiAndRoutes({ api }: { api: ApiClient }) {
  const auth = useAuth();
  api.setToken(auth.user?.access_token);
  const router = useMemo(() => createConsoleRouter(), []);
  return (
    <ApolloProvider client={api.client}>
      <ActingForProvider api={api}>
        <RouterProvider router={router} />
      </ActingForProvider>
    </ApolloProvider>
  );
}

export function App({ config, api }: { config: ConsoleConfig; api: ApiClient }) {
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
          <ApiAndRoutes api={api} />
        </AuthGate>
      </AuthProvider>
    </MantineProvider>
  );
}
