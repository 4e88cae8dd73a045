import { SKILL_STAGES, SkillStage } from '@kyodo/domain';
import type { OnBehalfOf } from '@kyodo/subgraph';
import type { CapacitySource, MemberFreeCapacity, StageFreeCapacity } from '../feasibility/capacity-source';

/** A CapacitySource that answers what the spec set, and remembers every question. */
export class FixedCapacitySource implements CapacitySource {
  readonly calls: { token: string; orgId: string; from: string; to: string }[] = [];
  private freeMinutes: Record<SkillStage, number> = { A: 0, B: 0, C: 0 };
  /** Set to make the next answers fail the way an unreachable workers node does. */
  failure: Error | null = null;
  /** Set to make only the consortium-wide answers fail (a partner node or the gateway down). */
  consortiumFailure: Error | null = null;

  /** Other members' free minutes by stage (consortiumCapacity), by org id. */
  private members: Record<string, Partial<Record<SkillStage, number>>> = {};

  set(freeMinutes: Partial<Record<SkillStage, number>>): void {
    this.freeMinutes = { A: 0, B: 0, C: 0, ...freeMinutes };
  }

  setConsortium(members: Record<string, Partial<Record<SkillStage, number>>>): void {
    this.members = members;
  }

  async freeCapacity(caller: OnBehalfOf, orgId: string, from: string, to: string): Promise<StageFreeCapacity[]> {
    this.calls.push({ token: caller.token, orgId, from, to });
    if (this.failure) throw this.failure;
    return SKILL_STAGES.map((stage) => ({ stage, workerCount: this.freeMinutes[stage] > 0 ? 1 : 0, freeMinutes: this.freeMinutes[stage] }));
  }

  async consortiumFreeCapacity(caller: OnBehalfOf, from: string, to: string): Promise<MemberFreeCapacity[]> {
    this.calls.push({ token: caller.token, orgId: '*', from, to });
    if (this.failure ?? this.consortiumFailure) throw this.failure ?? this.consortiumFailure;
    return Object.entries(this.members).map(([orgId, free]) => ({
      orgId,
      byStage: SKILL_STAGES.map((stage) => ({ stage, workerCount: (free[stage] ?? 0) > 0 ? 1 : 0, freeMinutes: free[stage] ?? 0 })),
    }));
  }
}
