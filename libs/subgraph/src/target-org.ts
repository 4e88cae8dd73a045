import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The header in which the gateway names the org a subgraph request is for. A node serving one
 * org needs none; a node that also hosts members (hosted placement) answers each request for the
 * org named here, and only for an org it serves.
 */
export const TARGET_ORG_HEADER = 'x-kyodo-org';

const targetOrg = new AsyncLocalStorage<string>();

/** Runs `work` (the rest of one request) with `orgId` as the org it is for. */
export function runForOrg<T>(orgId: string, work: () => T): T {
  return targetOrg.run(orgId, work);
}

/** The org the current request is for, when the node was told (see runForOrg). */
export function currentTargetOrg(): string | undefined {
  return targetOrg.getStore();
}
