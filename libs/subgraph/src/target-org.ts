/**
 * The header in which the gateway names the org a subgraph request is for. A node serving one
 * org needs none; a node that also hosts members (hosted placement) answers each request for the
 * org named here, and only for an org it serves.
 */
export const TARGET_ORG_HEADER = 'x-kyodo-org';

// The request's org is kept where the audit log can read it without loading Nest or GraphQL.
export { currentDelegatedAct, currentTargetOrg, markActingAsOperator, runForOrg } from '@kyodo/database';
