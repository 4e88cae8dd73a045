import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The header in which the gateway names the org a subgraph request is for. A node serving one
 * org needs none; a node that also hosts members (hosted placement) answers each request for the
 * org named here, and only for an org it serves.
 */
export const TARGET_ORG_HEADER = 'x-kyodo-org';

interface RequestOrg {
  orgId: string;
  /** Set by the guard when the caller acts for `orgId` as its partner operator (delegation). */
  operatorId?: string;
}

const requestOrg = new AsyncLocalStorage<RequestOrg>();

/** Runs `work` (the rest of one request) with `orgId` as the org it is for. */
export function runForOrg<T>(orgId: string, work: () => T): T {
  return requestOrg.run({ orgId }, work);
}

/** The org the current request is for, when the node was told (see runForOrg). */
export function currentTargetOrg(): string | undefined {
  return requestOrg.getStore()?.orgId;
}

/** Records that the current request's caller acts for its org as that member's partner operator. */
export function markActingAsOperator(operatorId: string): void {
  const store = requestOrg.getStore();
  if (store) store.operatorId = operatorId;
}

/** "Operator X for member Y" when the current request is a delegated act, for the audit log. */
export function currentDelegatedAct(): { operator: string; member: string } | undefined {
  const store = requestOrg.getStore();
  return store?.operatorId ? { operator: store.operatorId, member: store.orgId } : undefined;
}
