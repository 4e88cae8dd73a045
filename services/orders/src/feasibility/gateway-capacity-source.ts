import { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { CapacitySource, MemberFreeCapacity, StageFreeCapacity } from './capacity-source';

const CAPACITY = `
  query ($orgId: String, $from: String!, $to: String!) {
    capacity(orgId: $orgId, from: $from, to: $to) { byStage { stage workerCount freeMinutes } }
  }
`;

const CONSORTIUM_CAPACITY = `
  query ($from: String!, $to: String!) {
    consortiumCapacity(from: $from, to: $to) { orgId byStage { stage workerCount freeMinutes } }
  }
`;

/**
 * Asks the workers subgraph's `capacity` query through the gateway with the caller's token, so
 * the workers node applies its own rules to the caller. No stage filter is sent: the check
 * wants every stage's free minutes and decides itself which stages may do the work.
 */
export class GatewayCapacitySource implements CapacitySource {
  constructor(private readonly gateway: GatewayClient) {}

  async freeCapacity(caller: OnBehalfOf, orgId: string, from: string, to: string): Promise<StageFreeCapacity[]> {
    const data = await this.gateway.request<{ capacity: { byStage: StageFreeCapacity[] } }>(caller, CAPACITY, { orgId, from, to });
    return data.capacity.byStage;
  }

  async consortiumFreeCapacity(caller: OnBehalfOf, from: string, to: string): Promise<MemberFreeCapacity[]> {
    const data = await this.gateway.request<{ consortiumCapacity: MemberFreeCapacity[] }>(caller, CONSORTIUM_CAPACITY, { from, to });
    return data.consortiumCapacity;
  }
}
