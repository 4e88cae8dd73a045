import { Button, Center, Stack, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate } from 'react-router';
import { AppLayout } from '../features/shell/AppLayout';
import { WorkerHomeScreen } from '../features/worker/WorkerHomeScreen';
import { ScreenLoader } from '../features/shell/ScreenLoader';
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

/**
 * A screen's code is fetched when its route is first visited: a worker's phone never downloads
 * the director's forms (see bench/console for the initial size).
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return { lazy: async () => ({ Component: (await load())[name] }) };
}

export function createConsoleRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      hydrateFallbackElement: <ScreenLoader />,
      children: [
        { index: true, element: <Home /> },
        // The worker's home is in the entry chunk: on a slow phone a separate chunk would cost a
        // round trip before its query can even start (bench:console measures it).
        { path: 'worker', element: <WorkerHomeScreen /> },
        { path: 'director/orders', ...screen(() => import('../features/director/OrdersBoardScreen'), 'OrdersBoardScreen') },
        { path: 'director/orders/new', ...screen(() => import('../features/director/orders/NewOrderScreen'), 'NewOrderScreen') },
        { path: 'director/orders/:orderId', ...screen(() => import('../features/director/orders/OrderScreen'), 'OrderScreen') },
        {
          path: 'director/orders/:orderId/tasks/:taskId/staffing',
          ...screen(() => import('../features/director/staffing/StaffingScreen'), 'StaffingScreen'),
        },
        { path: 'director/clients', ...screen(() => import('../features/director/clients/ClientsScreen'), 'ClientsScreen') },
        { path: 'director/approvals', ...screen(() => import('../features/director/approvals/ApprovalsScreen'), 'ApprovalsScreen') },
        { path: 'director/invoices', ...screen(() => import('../features/director/invoices/InvoicesScreen'), 'InvoicesScreen') },
        { path: 'director/pay', ...screen(() => import('../features/director/pay/PayCloseScreen'), 'PayCloseScreen') },
        { path: 'consortium', ...screen(() => import('../features/consortium/ConsortiumScreen'), 'ConsortiumScreen') },
        { path: 'no-role', element: <NoRole /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
