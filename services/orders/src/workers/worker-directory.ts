import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';

/**
 * Where the orders node learns whether a worker may be named in a reference it stores (an
 * order's lead worker): the worker's own workers node decides, by its own rule and data
 * (a worker of the caller's org, or another member's worker who consented to consortium work).
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface WorkerDirectory {
  /** True when the caller may reference the worker; false when it does not exist or is not shared. */
  mayReference(caller: OnBehalfOf, worker: OrgScopedRef): Promise<boolean>;
}

export const WORKER_DIRECTORY = Symbol('WORKER_DIRECTORY');

const REFERABLE_WORKER = `
  query ($orgId: String, $id: ID!) { referableWorker(orgId: $orgId, id: $id) { orgId id } }
`;

/** Asks through the gateway with the caller's token; fails closed (an error refuses the write). */
export class GatewayWorkerDirectory implements WorkerDirectory {
  constructor(private readonly gateway: GatewayClient) {}

  async mayReference(caller: OnBehalfOf, worker: OrgScopedRef): Promise<boolean> {
    const { referableWorker } = await this.gateway.request<{ referableWorker: OrgScopedRef | null }>(caller, REFERABLE_WORKER, {
      orgId: worker.orgId,
      id: worker.id,
    });
    return referableWorker !== null && referableWorker.orgId === worker.orgId && referableWorker.id === worker.id;
  }
}
