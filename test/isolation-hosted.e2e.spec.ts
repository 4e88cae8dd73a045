/**
 * The cross-tenant isolation suite with tateshina hosted on shiojiri's nodes (hosted placement,
 * #17): the same declared operations, refusals and entity checks as test/isolation.e2e.spec.ts,
 * between a hosted member and the operator whose nodes and databases it shares.
 */
process.env.KYODO_ISOLATION_PLACEMENT = 'hosted';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the suite reads the placement when it loads
require('./isolation.e2e.spec');
