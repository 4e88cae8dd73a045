import { Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { useActingFor } from '../features/acting/ActingForProvider';
import { landingAfterSwitch } from '../features/acting/ActingForSwitcher';
import { AppLayout } from '../features/shell/AppLayout';
import { ScreenLoader } from '../features/shell/ScreenLoader';
import { AREAS } from './areas';
import { homePathOf } from './session';
import { useSession } from './use-session';

/** The landing page follows the roles in the token, or the member acted for. */
function Home() {
  const session = useSession();
  const { member, switching } = useActingFor();
  if (switching) return null;
  return <Navigate to={member ? landingAfterSwitch(session, member) : homePathOf(session)} replace />;
}

function NoRole() {
  const { t } = useTranslation();
  return <Text role="alert">{t('app.noRole')}</Text>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center">
        <Text>{t('app.notFound')}</Text>
        <Button component={Link} to="/">
          {t('app.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}

export function createConsoleRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      hydrateFallbackElement: <ScreenLoader />,
      children: [
        { index: true, element: <Home /> },
        ...AREAS.flatMap((area) => area.routes),
        { path: 'no-role', element: <NoRole /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
