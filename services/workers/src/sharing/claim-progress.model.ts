import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_KEY, SkillStage } from '@kyodo/domain';

/** One of the partner's workers on a claim, as the owner may see them: no personal data. */
@ObjectType('ClaimWorker')
export class ClaimWorker {
  @Field({ description: 'Stable per claim and worker; not the worker id, not linkable across claims.' })
  pseudonym!: string;

  @Field(() => SkillStage, { description: 'The stage at which the worker takes any task (the lower of the two axes).' })
  stage!: SkillStage;

  @Field(() => Int)
  plannedMinutes!: number;

  @Field(() => Int, { description: "Minutes the partner's director approved in the period asked." })
  approvedMinutes!: number;
}

/**
 * 進捗: a partner's work on one claim, for the owner to review and deliver. An entity of the
 * staffing org's node: the owner's orders node names it on its PoolClaim (`progress`) and the
 * gateway fetches it here, so orders never asks this node itself.
 */
@ObjectType('ClaimProgress')
@Directive(ORG_SCOPED_KEY)
export class ClaimProgress {
  @Field({ description: "The staffing org (this node's): with `id`, the federation key." })
  orgId!: string;

  @Field(() => ID, { description: "The claim's id (as `claimId`)." })
  id!: string;

  @Field(() => ID)
  claimId!: string;

  @Field()
  ownerOrgId!: string;

  @Field(() => Int, { description: 'Approved hours of the claim, in minutes.' })
  approvedShareMinutes!: number;

  @Field(() => Int, { description: 'Minutes planned on the assignments within the claim.' })
  bookedMinutes!: number;

  @Field(() => Int, { description: "Minutes the partner's director approved in the period asked." })
  approvedMinutes!: number;

  @Field(() => [ClaimWorker])
  workers!: ClaimWorker[];
}
