import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** An order as this subgraph names it: only its key; the org's orders node, which keeps it, resolves it. */
@ObjectType('Order')
@Directive(ORG_SCOPED_REFERENCE)
export class OrderReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
