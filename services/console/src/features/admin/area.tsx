import type { ConsoleArea } from '../../app/area';

/** The admin screens (issue #20); routes are added here as they are built. */
export const adminArea: ConsoleArea = { routes: [], nav: [] };
