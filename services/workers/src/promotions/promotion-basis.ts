import type { SkillAxis, SkillStage } from '@kyodo/domain';
import { DomainError, type GatewayClient, type OnBehalfOf } from '@kyodo/subgraph';
import { PromotionBasisDocument } from '../upstream/gql/graphql';

/** What promotes a worker of the org to `toStage` on `axis` (the training node's PromotionRule). */
export interface PromotionRule {
  axis: SkillAxis;
  toStage: SkillStage;
  requiredCourseCodes: string[];
  minWorkMinutes: number;
}

/** The org's rules, and the codes of the courses each asked worker completed (absent: none). */
export interface PromotionBasis {
  rules: PromotionRule[];
  completedCodes: Map<string, Set<string>>;
}

/**
 * The org's training node, which keeps the promotion rules and the completions: asked once per
 * readiness list or promotion, for every worker at once, with the caller's token (the training
 * node applies its own rules: the org's staff only).
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface PromotionBasisSource {
  basis(caller: OnBehalfOf, orgId: string, workerIds: readonly string[]): Promise<PromotionBasis>;
}

export const PROMOTION_BASIS = Symbol('PROMOTION_BASIS');

/** The training node takes at most this many workers in one call. */
const WORKER_BATCH = 1000;

/** Through the consortium gateway; fails closed (nothing is assessed, nothing promoted) when training cannot answer. */
export class GatewayPromotionBasis implements PromotionBasisSource {
  constructor(private readonly gateway: GatewayClient) {}

  async basis(caller: OnBehalfOf, orgId: string, workerIds: readonly string[]): Promise<PromotionBasis> {
    let rules: PromotionRule[] = [];
    const completedCodes = new Map<string, Set<string>>();
    // At least one call, so an org with no active worker still learns its rules the same way.
    for (let start = 0; start === 0 || start < workerIds.length; start += WORKER_BATCH) {
      const batch = workerIds.slice(start, start + WORKER_BATCH);
      const { promotionBasis } = await this.gateway.execute(caller, PromotionBasisDocument, { orgId, workerIds: [...batch] });
      rules = promotionBasis.rules.map((rule) => ({ ...rule, axis: rule.axis as SkillAxis, toStage: rule.toStage as SkillStage }));
      for (const { workerId, courseCodes } of promotionBasis.completions) completedCodes.set(workerId, new Set(courseCodes));
    }
    return { rules, completedCodes };
  }
}

/** Rules and completions held in memory, for specs and for a node printing its schema. */
export class InMemoryPromotionBasis implements PromotionBasisSource {
  readonly rules = new Map<string, PromotionRule[]>();
  private readonly completed = new Map<string, Set<string>>();
  /** How many calls reached this fake, to show a list asks once however many workers it has. */
  calls = 0;
  /** The tokens it was asked with: the caller's own, never a service account's. */
  readonly tokens: string[] = [];
  /** Set to make every call fail, as an unreachable training node would. */
  fail = false;
  /** Runs while a call is being answered, to show what the asking node holds open meanwhile. */
  whileAnswering: (() => Promise<void>) | null = null;

  setRule(orgId: string, rule: PromotionRule): void {
    const others = (this.rules.get(orgId) ?? []).filter((r) => r.axis !== rule.axis || r.toStage !== rule.toStage);
    this.rules.set(orgId, [...others, rule]);
  }

  complete(orgId: string, workerId: string, ...courseCodes: string[]): void {
    const key = `${orgId}/${workerId}`;
    this.completed.set(key, new Set([...(this.completed.get(key) ?? []), ...courseCodes]));
  }

  reset(): void {
    this.rules.clear();
    this.completed.clear();
    this.calls = 0;
    this.tokens.length = 0;
    this.fail = false;
    this.whileAnswering = null;
  }

  async basis(caller: OnBehalfOf, orgId: string, workerIds: readonly string[]): Promise<PromotionBasis> {
    this.calls += 1;
    this.tokens.push(caller.token);
    if (this.fail) throw new DomainError('UPSTREAM_FAILED', 'The training node did not answer.');
    await this.whileAnswering?.();
    const completedCodes = new Map<string, Set<string>>();
    for (const id of workerIds) {
      const done = this.completed.get(`${orgId}/${id}`);
      if (done) completedCodes.set(id, new Set(done));
    }
    return { rules: [...(this.rules.get(orgId) ?? [])], completedCodes };
  }
}
