/** The reporting service's Keycloak client: its scheduled snapshots read members' aggregates. */
export const REPORTING_CLIENT = 'kyodo-reporting';
