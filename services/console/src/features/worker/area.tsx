import type { ConsoleArea } from '../../app/area';
import { WorkerHomeScreen } from './WorkerHomeScreen';

/** A resident teleworker's own month, phone first. */
export const workerArea: ConsoleArea = {
  routes: [
    // The worker's home is in the entry chunk: on a slow phone a separate chunk would cost a
    // round trip before its query can even start (bench:console measures it).
    { path: 'worker', element: <WorkerHomeScreen /> },
  ],
  nav: [{ to: '/worker', labelKey: 'nav.workerHome', roles: ['worker'] }],
};
