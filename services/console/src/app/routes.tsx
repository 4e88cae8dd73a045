import { Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { ConsortiumScreen } from '../features/consortium/ConsortiumScreen';
import { OrdersBoardScreen } from '../features/director/OrdersBoardScreen';
import { AppLayout } from '../features/shell/AppLayout';
import { WorkerHomeScreen } from '../features/worker/WorkerHomeScreen';
import { homePathOf } from './session';
import { useSession } from './use-session';

/** The landing page follows the roles in the token. */
function Home() {
  return <Navigate to={homePathOf(useSession())} replace />;
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
      children: [
        { index: true, element: <Home /> },
        { path: 'worker', element: <WorkerHomeScreen /> },
        { path: 'director/orders', element: <OrdersBoardScreen /> },
        { path: 'consortium', element: <ConsortiumScreen /> },
        { path: 'no-role', element: <NoRole /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
