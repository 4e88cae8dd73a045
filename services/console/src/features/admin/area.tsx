import { lazyScreen, type ConsoleArea } from '../../app/area';

/** The admin screens (issue #20); routes are added here as they are built. */
export const adminArea: ConsoleArea = {
  routes: [{ path: 'admin/import', ...lazyScreen(() => import('./import/HistoryImportScreen'), 'HistoryImportScreen') }],
  nav: [{ to: '/admin/import', labelKey: 'admin.import.nav', roles: ['org-admin'] }],
};
