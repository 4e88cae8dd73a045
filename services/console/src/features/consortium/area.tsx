import { lazyScreen, type ConsoleArea } from '../../app/area';

/** The joint support body: members, their nodes, onboarding, the checklist across members, projects and consortium KPIs. */
export const supportArea: ConsoleArea = {
  routes: [
    { path: 'consortium', ...lazyScreen(() => import('./MembersScreen'), 'MembersScreen') },
    { path: 'consortium/onboard', ...lazyScreen(() => import('./OnboardScreen'), 'OnboardScreen') },
    { path: 'consortium/checklist', ...lazyScreen(() => import('./ChecklistScreen'), 'ChecklistScreen') },
    { path: 'consortium/projects', ...lazyScreen(() => import('./ProjectsScreen'), 'ProjectsScreen') },
    { path: 'consortium/projects/:projectId', ...lazyScreen(() => import('./ProjectScreen'), 'ProjectScreen') },
    { path: 'consortium/kpis', ...lazyScreen(() => import('./ConsortiumKpiScreen'), 'ConsortiumKpiScreen') },
    { path: 'consortium/adoption', ...lazyScreen(() => import('./AdoptionScreen'), 'AdoptionScreen') },
  ],
  nav: [
    { to: '/consortium', labelKey: 'nav.consortium', roles: ['consortium-admin'] },
    { to: '/consortium/onboard', labelKey: 'support.nav.onboard', roles: ['consortium-admin'] },
    { to: '/consortium/checklist', labelKey: 'support.nav.checklist', roles: ['consortium-admin'] },
    { to: '/consortium/projects', labelKey: 'support.nav.projects', roles: ['consortium-admin'] },
    { to: '/consortium/kpis', labelKey: 'support.nav.kpis', roles: ['consortium-admin'] },
    { to: '/consortium/adoption', labelKey: 'support.nav.adoption', roles: ['consortium-admin'] },
  ],
};
