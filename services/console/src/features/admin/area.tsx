import { lazyScreen, type ConsoleArea } from '../../app/area';

/** The admin screens (issue #20): a member's org admin. */
export const adminArea: ConsoleArea = {
  routes: [
    { path: 'admin', ...lazyScreen(() => import('./home/AdminHomeScreen'), 'AdminHomeScreen') },
    { path: 'admin/menu', ...lazyScreen(() => import('./overview/AdminOverviewScreen'), 'AdminOverviewScreen') },
    { path: 'admin/workers', ...lazyScreen(() => import('./workers/WorkersScreen'), 'WorkersScreen') },
    { path: 'admin/logins', ...lazyScreen(() => import('./logins/StaffLoginsScreen'), 'StaffLoginsScreen') },
    { path: 'admin/audit', ...lazyScreen(() => import('./audit/AuditLogScreen'), 'AuditLogScreen') },
    { path: 'admin/settings', ...lazyScreen(() => import('./settings/SettingsScreen'), 'SettingsScreen') },
    { path: 'admin/import', ...lazyScreen(() => import('./import/HistoryImportScreen'), 'HistoryImportScreen') },
    { path: 'admin/trainings', ...lazyScreen(() => import('./trainings/TrainingsScreen'), 'TrainingsScreen') },
    { path: 'admin/costs', ...lazyScreen(() => import('./costs/OperatingCostsScreen'), 'OperatingCostsScreen') },
    { path: 'admin/templates', ...lazyScreen(() => import('./templates/TemplatesScreen'), 'TemplatesScreen') },
  ],
  nav: [
    { to: '/admin', labelKey: 'admin.nav.home', roles: ['org-admin'] },
    { to: '/admin/menu', labelKey: 'admin.nav.overview', roles: ['org-admin'] },
    { to: '/admin/workers', labelKey: 'admin.nav.workers', roles: ['org-admin'] },
    { to: '/admin/logins', labelKey: 'admin.nav.logins', roles: ['org-admin'] },
    { to: '/admin/audit', labelKey: 'admin.nav.audit', roles: ['org-admin'] },
    { to: '/admin/settings', labelKey: 'admin.nav.settings', roles: ['org-admin'] },
    { to: '/admin/import', labelKey: 'admin.import.nav', roles: ['org-admin'] },
    { to: '/admin/trainings', labelKey: 'admin.nav.trainings', roles: ['org-admin'] },
    { to: '/admin/costs', labelKey: 'admin.nav.costs', roles: ['org-admin'] },
    { to: '/admin/templates', labelKey: 'admin.nav.templates', roles: ['org-admin'] },
  ],
};
