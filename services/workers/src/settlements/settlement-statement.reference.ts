import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** A settlement statement as this subgraph names it: only its key; the owner's orders node, which keeps it, resolves it. */
@ObjectType('SettlementStatement')
@Directive(ORG_SCOPED_REFERENCE)
export class SettlementStatementReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
