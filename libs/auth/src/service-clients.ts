/** The reporting service's Keycloak client: its scheduled snapshots read members' aggregates. */
export const REPORTING_CLIENT = 'kyodo-reporting';

/** The training nodes' Keycloak client: their outbox delivers recorded stage changes to the workers node. */
export const TRAINING_CLIENT = 'kyodo-training';

/**
 * The workers nodes' Keycloak client: they invite logins with it, and push to the org's orders
 * node the facts a write there needs (a feasibility check's free capacity).
 */
export const WORKERS_CLIENT = 'kyodo-workers';
