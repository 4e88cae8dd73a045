import { lazyScreen, type ConsoleArea } from '../../app/area';

const STAFF = ['director', 'org-admin'] as const;

/** A member's directors: clients, orders, staffing, approvals, invoices and the pay close. */
export const directorArea: ConsoleArea = {
  routes: [
    { path: 'director/orders', ...lazyScreen(() => import('./OrdersBoardScreen'), 'OrdersBoardScreen') },
    { path: 'director/orders/new', ...lazyScreen(() => import('./orders/NewOrderScreen'), 'NewOrderScreen') },
    { path: 'director/orders/:orderId', ...lazyScreen(() => import('./orders/OrderScreen'), 'OrderScreen') },
    {
      path: 'director/orders/:orderId/tasks/:taskId/staffing',
      ...lazyScreen(() => import('./staffing/StaffingScreen'), 'StaffingScreen'),
    },
    { path: 'director/clients', ...lazyScreen(() => import('./clients/ClientsScreen'), 'ClientsScreen') },
    { path: 'director/approvals', ...lazyScreen(() => import('./approvals/ApprovalsScreen'), 'ApprovalsScreen') },
    { path: 'director/invoices', ...lazyScreen(() => import('./invoices/InvoicesScreen'), 'InvoicesScreen') },
    { path: 'director/pay', ...lazyScreen(() => import('./pay/PayCloseScreen'), 'PayCloseScreen') },
  ],
  nav: [
    { to: '/director/orders', labelKey: 'nav.orders', roles: [...STAFF] },
    { to: '/director/clients', labelKey: 'nav.clients', roles: [...STAFF] },
    // The partner operator's staff do these for a municipality-run member (勤怠管理, 請求, 支払い).
    { to: '/director/approvals', labelKey: 'nav.approvals', roles: [...STAFF], delegated: 'ATTENDANCE' },
    { to: '/director/invoices', labelKey: 'nav.invoices', roles: [...STAFF], delegated: 'INVOICING' },
    { to: '/director/pay', labelKey: 'nav.pay', roles: [...STAFF], delegated: 'PAYMENT' },
  ],
};
