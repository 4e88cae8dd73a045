import type { ConsoleArea } from '../../app/area';

/** The reports screens (issue #20); routes are added here as they are built. */
export const reportsArea: ConsoleArea = { routes: [], nav: [] };
