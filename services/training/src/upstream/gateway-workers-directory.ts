import type { SkillStage } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { LinkedWorkerDocument, WorkerNameDocument, WorkerSkillsDocument } from './gql/graphql';
import type { LinkedWorker, WorkerSkills, WorkersDirectory } from './workers-directory';

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

  async displayName(caller: OnBehalfOf, orgId: string, workerId: string): Promise<string | null> {
    const { worker } = await this.gateway.execute(caller, WorkerNameDocument, { orgId, id: workerId });
    return worker ? `${worker.familyName} ${worker.givenName}` : null;
  }

  async linkedWorker(caller: OnBehalfOf): Promise<LinkedWorker | null> {
    const { me } = await this.gateway.execute(caller, LinkedWorkerDocument, {});
    return me ? { orgId: me.orgId, id: me.id, name: `${me.familyName} ${me.givenName}` } : null;
  }
}
