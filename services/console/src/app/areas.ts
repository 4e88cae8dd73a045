import type { ConsoleArea } from './area';
import { adminArea } from '../features/admin/area';
import { supportArea } from '../features/consortium/area';
import { directorArea } from '../features/director/area';
import { partnerArea } from '../features/partner/area';
import { reportsArea } from '../features/reports/area';
import { workerArea } from '../features/worker/area';

/** Every area of the console, in the order their navigation appears. */
export const AREAS: readonly ConsoleArea[] = [workerArea, directorArea, adminArea, reportsArea, partnerArea, supportArea];
