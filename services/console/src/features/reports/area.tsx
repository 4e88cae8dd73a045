import { lazyScreen, type ConsoleArea } from '../../app/area';

/**
 * The reports: an org admin's own member, the support body's consortium and members. The route
 * is lazy and its charts load echarts on first draw, so no other screen downloads it.
 */
export const reportsArea: ConsoleArea = {
  routes: [{ path: 'reports', ...lazyScreen(() => import('./ReportsScreen'), 'ReportsScreen') }],
  nav: [{ to: '/reports', labelKey: 'reports.nav', roles: ['org-admin', 'consortium-admin'] }],
};
