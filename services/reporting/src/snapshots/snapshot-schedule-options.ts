import type { ServiceAccountTokens } from '@kyodo/auth';

export interface SnapshotScheduleOptions {
  /** The reporting service's own Keycloak client; without it only the support body takes snapshots (and members read no current figures). */
  tokens?: Pick<ServiceAccountTokens, 'token'>;
  /** How often to look whether this month's snapshot is due, in ms (0: never). */
  checkIntervalMs: number;
}

export const SNAPSHOT_SCHEDULE = Symbol('SNAPSHOT_SCHEDULE');
