import type { SkillStage } from '@kyodo/domain';
import { DomainError, type GatewayClient, type OnBehalfOf } from '@kyodo/subgraph';
import {
  type ActiveWorkersQuery,
  ActiveWorkersDocument,
  ApplySkillStageChangeDocument,
  ApprovedWorkMinutesDocument,
  WorkerSkillsDocument,
} from './gql/graphql';
import type { WorkerSkills, WorkersDirectory } from './workers-directory';

/** The workers subgraph asks for at most this many workers' minutes at once. */
const MINUTES_BATCH = 1000;

/** `status` is null only where the workers node withholds it (another member's staff): then the worker counts as not active. */
function skillsOf(worker: { id: string; status: string | null; itStage: string; businessStage: string }): WorkerSkills {
  return {
    id: worker.id,
    status: worker.status ?? 'UNKNOWN',
    itStage: worker.itStage as SkillStage,
    businessStage: worker.businessStage as SkillStage,
  };
}

/** The workers subgraph of the org, reached through the consortium gateway with the caller's token. */
export class GatewayWorkersDirectory implements WorkersDirectory {
  constructor(private readonly gateway: GatewayClient) {}

  async worker(caller: OnBehalfOf, orgId: string, workerId: string): Promise<WorkerSkills | null> {
    const { worker } = await this.gateway.execute(caller, WorkerSkillsDocument, { orgId, id: workerId });
    return worker ? skillsOf(worker) : null;
  }

  async activeWorkers(caller: OnBehalfOf, orgId: string): Promise<WorkerSkills[]> {
    const all: WorkerSkills[] = [];
    let after: string | null = null;
    do {
      const { workers }: ActiveWorkersQuery = await this.gateway.execute(caller, ActiveWorkersDocument, { orgId, after });
      // Null only when the org's node is unavailable, which the gateway reports as an error first.
      if (!workers) throw new DomainError('UPSTREAM_FAILED', `The workers node of ${orgId} did not answer.`);
      all.push(...workers.nodes.map(skillsOf));
      after = workers.pageInfo.hasNextPage ? (workers.pageInfo.endCursor ?? null) : null;
    } while (after);
    return all;
  }

  async approvedMinutes(
    caller: OnBehalfOf,
    orgId: string,
    workerIds: readonly string[],
    from: string | null,
  ): Promise<Map<string, number>> {
    const minutes = new Map<string, number>();
    for (let start = 0; start < workerIds.length; start += MINUTES_BATCH) {
      const batch = workerIds.slice(start, start + MINUTES_BATCH);
      const { approvedWorkMinutes } = await this.gateway.execute(caller, ApprovedWorkMinutesDocument, { orgId, workerIds: batch, from });
      for (const row of approvedWorkMinutes) minutes.set(row.workerId, row.approvedMinutes);
    }
    return minutes;
  }

  async applyStageChange(caller: OnBehalfOf, orgId: string, changeId: string): Promise<void> {
    await this.gateway.execute(caller, ApplySkillStageChangeDocument, { orgId, changeId });
  }
}
