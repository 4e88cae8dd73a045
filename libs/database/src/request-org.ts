import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The org one request to a node is served for, and whether its caller acts for that org as its
 * partner operator. It lives here, free of Nest and GraphQL, because the audit log records a
 * delegated act as "operator X for member Y"; libs/subgraph sets it per request.
 */
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
