import { lazyScreen, type ConsoleArea } from '../../app/area';

/** The joint support body: members, their nodes, onboarding and the checklist across members. */
export const supportArea: ConsoleArea = {
  routes: [
    { path: 'consortium', ...lazyScreen(() => import('./MembersScreen'), 'MembersScreen') },
    { path: 'consortium/onboard', ...lazyScreen(() => import('./OnboardScreen'), 'OnboardScreen') },
    { path: 'consortium/checklist', ...lazyScreen(() => import('./ChecklistScreen'), 'ChecklistScreen') },
  ],
  nav: [
    { to: '/consortium', labelKey: 'nav.consortium', roles: ['consortium-admin'] },
    { to: '/consortium/onboard', labelKey: 'support.nav.onboard', roles: ['consortium-admin'] },
    { to: '/consortium/checklist', labelKey: 'support.nav.checklist', roles: ['consortium-admin'] },
  ],
};
