import { lazyScreen, type ConsoleArea } from '../../app/area';

/** The joint support body: members, their nodes and onboarding. */
export const supportArea: ConsoleArea = {
  routes: [{ path: 'consortium', ...lazyScreen(() => import('./ConsortiumScreen'), 'ConsortiumScreen') }],
  nav: [{ to: '/consortium', labelKey: 'nav.consortium', roles: ['consortium-admin'] }],
};
