import type { ConsoleArea } from '../../app/area';

/** The partner screens (issue #20); routes are added here as they are built. */
export const partnerArea: ConsoleArea = { routes: [], nav: [] };
