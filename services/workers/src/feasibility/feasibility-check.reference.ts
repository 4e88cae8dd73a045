import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** A feasibility check as this subgraph names it: only its key; the org's orders node, which records it, resolves it. */
@ObjectType('FeasibilityCheck')
@Directive(ORG_SCOPED_REFERENCE)
export class FeasibilityCheckReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
