import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { MissingTrainingsDocument } from '../upstream/gql/graphql';
import type { TrainingRecords } from './training-records';

/**
 * The training node of the worker's org, asked through the consortium gateway with the caller's
 * token. Fails closed: when training cannot answer, the call fails and nothing is booked.
 */
export class GatewayTrainingRecords implements TrainingRecords {
  constructor(private readonly gateway: GatewayClient) {}

  async missingTrainings(orgId: string, workerId: string, courseCodes: readonly string[], caller: OnBehalfOf): Promise<string[]> {
    // Nothing required: no need to ask (nor to depend on the training node being up).
    if (courseCodes.length === 0) return [];
    const { missingTrainings } = await this.gateway.execute(caller, MissingTrainingsDocument, {
      orgId,
      workerId,
      courseCodes: [...courseCodes],
    });
    return missingTrainings;
  }
}
