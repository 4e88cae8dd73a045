import type { SkillAxis, SkillStage } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import type { LinkedWorker, WorkerSkills, WorkersDirectory } from './workers-directory';

const SKILLS = 'id status itStage businessStage';
const WORKER = `query ($orgId: String, $id: ID!) { worker(orgId: $orgId, id: $id) { ${SKILLS} } }`;
const ACTIVE_PAGE = `query ($orgId: String, $after: String) {
  workers(orgId: $orgId, status: ACTIVE, first: 100, after: $after) { nodes { ${SKILLS} } pageInfo { endCursor hasNextPage } }
}`;
const NAME = `query ($orgId: String, $id: ID!) { worker(orgId: $orgId, id: $id) { familyName givenName } }`;
/** No orgId: the gateway routes `me` to the caller's own org. */
const ME = `query { me { orgId id familyName givenName } }`;
const MINUTES = `query ($orgId: String, $workerIds: [ID!]!, $from: String) {
  approvedWorkMinutes(orgId: $orgId, workerIds: $workerIds, from: $from) { workerId approvedMinutes }
}`;
const SET_STAGE = `mutation ($orgId: String, $workerId: ID!, $axis: SkillAxis!, $stage: SkillStageV2!) {
  setWorkerSkillStage(orgId: $orgId, workerId: $workerId, axis: $axis, stage: $stage) { id }
}`;

/** The workers subgraph asks for at most this many workers' minutes at once. */
const MINUTES_BATCH = 1000;

/** The workers subgraph of the org, reached through the consortium gateway with the caller's token. */
export class GatewayWorkersDirectory implements WorkersDirectory {
  constructor(private readonly gateway: GatewayClient) {}

  async worker(caller: OnBehalfOf, orgId: string, workerId: string): Promise<WorkerSkills | null> {
    return (await this.gateway.request<{ worker: WorkerSkills | null }>(caller, WORKER, { orgId, id: workerId })).worker;
  }

  async activeWorkers(caller: OnBehalfOf, orgId: string): Promise<WorkerSkills[]> {
    const all: WorkerSkills[] = [];
    let after: string | null = null;
    do {
      type Page = { workers: { nodes: WorkerSkills[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
      const { workers }: Page = await this.gateway.request<Page>(caller, ACTIVE_PAGE, { orgId, after });
      all.push(...workers.nodes);
      after = workers.pageInfo.hasNextPage ? workers.pageInfo.endCursor : null;
    } while (after);
    return all;
  }

  async displayName(caller: OnBehalfOf, orgId: string, workerId: string): Promise<string | null> {
    const { worker } = await this.gateway.request<{ worker: { familyName: string; givenName: string } | null }>(caller, NAME, { orgId, id: workerId });
    return worker ? `${worker.familyName} ${worker.givenName}` : null;
  }

  async linkedWorker(caller: OnBehalfOf): Promise<LinkedWorker | null> {
    type Me = { orgId: string; id: string; familyName: string; givenName: string } | null;
    const { me } = await this.gateway.request<{ me: Me }>(caller, ME);
    return me ? { orgId: me.orgId, id: me.id, name: `${me.familyName} ${me.givenName}` } : null;
  }

  async approvedMinutes(caller: OnBehalfOf, orgId: string, workerIds: readonly string[], from: string | null): Promise<Map<string, number>> {
    const minutes = new Map<string, number>();
    for (let start = 0; start < workerIds.length; start += MINUTES_BATCH) {
      const batch = workerIds.slice(start, start + MINUTES_BATCH);
      const { approvedWorkMinutes } = await this.gateway.request<{ approvedWorkMinutes: { workerId: string; approvedMinutes: number }[] }>(caller, MINUTES, {
        orgId,
        workerIds: batch,
        from,
      });
      for (const row of approvedWorkMinutes) minutes.set(row.workerId, row.approvedMinutes);
    }
    return minutes;
  }

  async setSkillStage(caller: OnBehalfOf, orgId: string, workerId: string, axis: SkillAxis, stage: SkillStage): Promise<void> {
    await this.gateway.request(caller, SET_STAGE, { orgId, workerId, axis, stage });
  }
}
