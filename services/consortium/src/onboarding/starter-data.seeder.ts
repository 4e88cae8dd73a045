import { GatewayClient, TARGET_ORG_HEADER } from '@kyodo/subgraph';
import { SKILL_MAP_TEMPLATE } from './skill-map.template';

export interface SeedTarget {
  orgId: string;
  /** Base URL of the member's training node (its host's, for a hosted member). */
  trainingUrl: string;
}

export interface SeedOutcome {
  courseCodes: string[];
  promotionRules: number;
}

/**
 * Writes a new member's starter data into its own nodes, as the consortium admin who onboards it
 * (their token goes with each call, so the node checks the role and audits the admin as actor).
 * Every step is idempotent, so a failed run is simply run again (seedStarterData).
 *
 * The nodes are called at their registered URLs rather than through the gateway: this runs in
 * the gateway process, which knows them, and the member is new, so nothing else routes there yet.
 *
 * Business categories (業務分類) are reference data each orders node carries from its own
 * migrations (the standard public and private lists), so there is nothing to write for them.
 */
export class StarterDataSeeder {
  constructor(private readonly timeoutMs = 10_000) {}

  async seed(target: SeedTarget, callerToken: string): Promise<SeedOutcome> {
    // Named to the node: a hosted member's training node is its operator's, which serves several orgs.
    const training = new GatewayClient(`${target.trainingUrl}/graphql`, this.timeoutMs, { [TARGET_ORG_HEADER]: target.orgId });
    const caller = { token: callerToken };
    const catalogue = await training.request<{ seedCourseCatalogue: { code: string }[] }>(
      caller,
      `mutation ($orgId: String) { seedCourseCatalogue(orgId: $orgId) { code } }`,
      { orgId: target.orgId },
    );
    for (const rule of SKILL_MAP_TEMPLATE) {
      await training.request(
        caller,
        `mutation ($orgId: String, $input: SetPromotionRuleInput!) { setPromotionRule(orgId: $orgId, input: $input) { axis } }`,
        {
          orgId: target.orgId,
          input: { ...rule, requiredCourseCodes: [...rule.requiredCourseCodes] },
        },
      );
    }
    return { courseCodes: catalogue.seedCourseCatalogue.map((c) => c.code), promotionRules: SKILL_MAP_TEMPLATE.length };
  }
}
