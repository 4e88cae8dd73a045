import type { SkillAxis, SkillStage } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { SkillStageChangeDocument } from '../upstream/gql/graphql';

/** A stage change as the skill map (the org's training node) recorded it. */
export interface RecordedStageChange {
  workerId: string;
  axis: SkillAxis;
  toStage: SkillStage;
  /** The worker's newest change on the axis: an older one is never applied over it. */
  latest: boolean;
}

/**
 * The org's training node, which alone records stage changes (promotions and overrides).
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface SkillStageChanges {
  /** Null when the org's training node has no such change. */
  recorded(caller: OnBehalfOf, orgId: string, changeId: string): Promise<RecordedStageChange | null>;
}

export const SKILL_STAGE_CHANGES = Symbol('SKILL_STAGE_CHANGES');

/** Asked through the gateway with the caller's token; fails closed (nothing changes) when training cannot answer. */
export class GatewaySkillStageChanges implements SkillStageChanges {
  constructor(private readonly gateway: GatewayClient) {}

  async recorded(caller: OnBehalfOf, orgId: string, changeId: string): Promise<RecordedStageChange | null> {
    const { skillStageChange } = await this.gateway.execute(caller, SkillStageChangeDocument, { orgId, id: changeId });
    if (!skillStageChange || skillStageChange.id !== changeId) return null;
    const { workerId, axis, toStage, latest } = skillStageChange;
    return { workerId, axis: axis as SkillAxis, toStage: toStage as SkillStage, latest };
  }
}

/** Recorded changes held in memory, for specs and for a node printing its schema. */
export class InMemorySkillStageChanges implements SkillStageChanges {
  private readonly changes = new Map<string, RecordedStageChange>();

  record(orgId: string, changeId: string, change: RecordedStageChange): string {
    this.changes.set(`${orgId}/${changeId}`, change);
    return changeId;
  }

  async recorded(_caller: OnBehalfOf, orgId: string, changeId: string): Promise<RecordedStageChange | null> {
    return this.changes.get(`${orgId}/${changeId}`) ?? null;
  }
}
