import { lazyScreen, type ConsoleArea } from '../../app/area';
import { tokyoDate } from '../../lib/format';
import { WorkerHomeQuery } from './home.operations';
import { homeVariables } from './home-variables';
import { WorkerHomeScreen } from './WorkerHomeScreen';

/** A resident teleworker's own month, phone first. */
export const workerArea: ConsoleArea = {
  routes: [
    // The worker's home is in the entry chunk: on a slow phone a separate chunk would cost a
    // round trip before its query can even start (bench:console measures it). The rest load per route.
    { path: 'worker', element: <WorkerHomeScreen /> },
    { path: 'worker/offers', ...lazyScreen(() => import('./offers/OffersScreen'), 'OffersScreen') },
    { path: 'worker/tasks/:taskOrgId/:taskId', ...lazyScreen(() => import('./tasks/TaskScreen'), 'TaskScreen') },
    { path: 'worker/entries', ...lazyScreen(() => import('./entries/EntriesScreen'), 'EntriesScreen') },
    { path: 'worker/pay', ...lazyScreen(() => import('./pay/PayScreen'), 'PayScreen') },
    { path: 'worker/trainings', ...lazyScreen(() => import('./trainings/TrainingsScreen'), 'TrainingsScreen') },
  ],
  nav: [
    { to: '/worker', labelKey: 'nav.workerHome', roles: ['worker'] },
    { to: '/worker/offers', labelKey: 'worker.nav.offers', roles: ['worker'] },
    { to: '/worker/entries', labelKey: 'worker.nav.entries', roles: ['worker'] },
    { to: '/worker/pay', labelKey: 'worker.nav.pay', roles: ['worker'] },
    { to: '/worker/trainings', labelKey: 'worker.nav.trainings', roles: ['worker'] },
  ],
  prefetch: (client, path) => {
    // An error is the screen's to show: its own query gets the same answer.
    if (/^\/worker\/?$/.test(path)) client.query({ query: WorkerHomeQuery, variables: homeVariables(tokyoDate()) }).catch(() => undefined);
  },
};
