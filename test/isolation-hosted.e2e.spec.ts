/**
 * The cross-tenant isolation suite with tateshina hosted on shiojiri's nodes (hosted placement,
 * #17): the same declared operations, refusals and entity checks as test/isolation.e2e.spec.ts,
 * between a hosted member and the operator whose nodes and databases it shares.
 */
process.env.KYODO_ISOLATION_PLACEMENT = 'hosted';
// The suite reads the placement when it loads, so it is required after the variable is set.
require('./isolation.e2e.spec');
