/** The reporting service's Keycloak client: its scheduled snapshots read members' aggregates. */
export const REPORTING_CLIENT = 'kyodo-reporting';

/** The training nodes' Keycloak client: their outbox delivers recorded stage changes to the workers node. */
export const TRAINING_CLIENT = 'kyodo-training';
