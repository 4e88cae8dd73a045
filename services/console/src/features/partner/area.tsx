import { lazyScreen, type ConsoleArea } from '../../app/area';
import type { ConsoleRole } from '../../app/session';

const PARTNER: ConsoleRole[] = ['director', 'org-admin'];

/** The partner screens: other members' pool offers, this org's claims on them, and the settlements. */
export const partnerArea: ConsoleArea = {
  routes: [
    { path: 'partner/pool', ...lazyScreen(() => import('./PoolScreen'), 'PoolScreen') },
    { path: 'partner/claims', ...lazyScreen(() => import('./ClaimsScreen'), 'ClaimsScreen') },
    { path: 'partner/settlements', ...lazyScreen(() => import('./SettlementsScreen'), 'SettlementsScreen') },
  ],
  nav: [
    { to: '/partner/pool', labelKey: 'partner.nav.pool', roles: PARTNER },
    { to: '/partner/claims', labelKey: 'partner.nav.claims', roles: PARTNER },
    { to: '/partner/settlements', labelKey: 'partner.nav.settlements', roles: PARTNER },
  ],
};
