import type { SkillStage } from '@kyodo/domain';
import type { OnBehalfOf } from '@kyodo/subgraph';

/** Free minutes of one skill stage of an org in a range of days (an aggregate: no person named). */
export interface StageFreeCapacity {
  stage: SkillStage;
  workerCount: number;
  freeMinutes: number;
}

/**
 * Where the feasibility check learns an org's free capacity. The node asks the workers
 * subgraph through the gateway (GatewayCapacitySource); specs plug in a fixed double.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface CapacitySource {
  /** Free minutes by stage of `orgId`'s workers from `from` to `to` (inclusive, YYYY-MM-DD), asked as `caller`. */
  freeCapacity(caller: OnBehalfOf, orgId: string, from: string, to: string): Promise<StageFreeCapacity[]>;
  /** Free minutes by stage of every active member's workers who consented to consortium work, one entry per member. */
  consortiumFreeCapacity(caller: OnBehalfOf, from: string, to: string): Promise<MemberFreeCapacity[]>;
}

/** One member's free capacity for consortium work (workers subgraph `consortiumCapacity`). */
export interface MemberFreeCapacity {
  orgId: string;
  byStage: StageFreeCapacity[];
}

/** Nest injection token for the node's CapacitySource. */
export const CAPACITY_SOURCE = Symbol('CAPACITY_SOURCE');
