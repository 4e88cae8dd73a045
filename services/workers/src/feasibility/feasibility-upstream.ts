import type { SkillStage } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { ConsortiumFreeCapacityDocument, FeasibilityPeriodDocument, RecordFeasibilityCheckDocument } from '../upstream/gql/graphql';

/** What a feasibility check of an order weighs (the orders node's `feasibilityPeriod`). */
export interface OrderWorkPeriod {
  from: string;
  to: string;
  requiredStage: SkillStage;
  requiredMinutes: number;
}

export interface StageFreeMinutes {
  stage: SkillStage;
  freeMinutes: number;
}

/** What this node counted for a check, with who asked for it. */
export interface CountedFeasibility {
  orgId: string;
  orderId: string;
  actorId: string;
  actorOrgId: string | null;
  periodFrom: string;
  periodTo: string;
  own: StageFreeMinutes[];
  partners: StageFreeMinutes[];
}

/**
 * The other nodes a feasibility check (受託確認) involves: the org's orders node, which owns the
 * order and records the check, and the other members' workers nodes (their consortium capacity).
 * This node asks orders, never the other way round (README, "Calls between nodes").
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface FeasibilityUpstream {
  /** The order's work period and required work, asked as the caller (the orders node's rules apply). */
  period(caller: OnBehalfOf, orgId: string, orderId: string): Promise<OrderWorkPeriod>;
  /** Every member's free minutes for consortium work by stage, asked as the caller; one entry per member. */
  consortiumCapacity(caller: OnBehalfOf, from: string, to: string): Promise<{ orgId: string; byStage: StageFreeMinutes[] }[]>;
  /** Pushes the counted figures to the orders node as this node's service account; the recorded check's key. */
  record(service: OnBehalfOf, counted: CountedFeasibility): Promise<{ orgId: string; id: string }>;
}

export const FEASIBILITY_UPSTREAM = Symbol('FEASIBILITY_UPSTREAM');

/** Through the consortium gateway; fails closed (nothing is recorded) when a node cannot answer. */
export class GatewayFeasibilityUpstream implements FeasibilityUpstream {
  constructor(private readonly gateway: GatewayClient) {}

  async period(caller: OnBehalfOf, orgId: string, orderId: string): Promise<OrderWorkPeriod> {
    const { feasibilityPeriod } = await this.gateway.execute(caller, FeasibilityPeriodDocument, { orgId, orderId });
    return { ...feasibilityPeriod, requiredStage: feasibilityPeriod.requiredStage as SkillStage };
  }

  async consortiumCapacity(caller: OnBehalfOf, from: string, to: string): Promise<{ orgId: string; byStage: StageFreeMinutes[] }[]> {
    const { consortiumCapacity } = await this.gateway.execute(caller, ConsortiumFreeCapacityDocument, { from, to });
    return consortiumCapacity.map((member) => ({
      orgId: member.orgId,
      byStage: member.byStage.map((s) => ({ stage: s.stage as SkillStage, freeMinutes: s.freeMinutes })),
    }));
  }

  async record(service: OnBehalfOf, counted: CountedFeasibility): Promise<{ orgId: string; id: string }> {
    const { recordFeasibilityCheck } = await this.gateway.execute(service, RecordFeasibilityCheckDocument, { ...counted });
    return recordFeasibilityCheck;
  }
}
