import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/**
 * 進捗 of a claim as the orders subgraph knows it: only its key, the claimant's org and the claim
 * id. The claimant's workers node resolves it (approved minutes, pseudonymous workers), fetched
 * by the gateway, so this node never asks the workers node for it.
 */
@ObjectType('ClaimProgress')
@Directive(ORG_SCOPED_REFERENCE)
export class ClaimProgressReference {
  @Field({ description: 'The claimant org, whose workers staff the claim.' })
  orgId!: string;

  @Field(() => ID, { description: "The claim's id." })
  id!: string;
}
