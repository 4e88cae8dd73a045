import { useEffect, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Nothing of the console shows before login: an anonymous visitor is sent to Keycloak's login
 * page (code flow with PKCE), and comes back with a code the OIDC client exchanges.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const mustLogIn = !hasAuthParams() && !auth.isAuthenticated && !auth.activeNavigator && !auth.isLoading && !auth.error;

  useEffect(() => {
    if (mustLogIn) void auth.signinRedirect();
  }, [mustLogIn, auth]);

  if (auth.error) {
    return (
      <Center mih="100vh">
        <Stack align="center">
          <Text role="alert">
            {t('app.loginFailed')}: {auth.error.message}
          </Text>
          <Button onClick={() => void auth.signinRedirect()}>{t('app.retryLogin')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!auth.isAuthenticated) {
    return (
      <Center mih="100vh">
        <Loader role="img" aria-label={t('app.loggingIn')} />
      </Center>
    );
  }
  return <>{children}</>;
}
