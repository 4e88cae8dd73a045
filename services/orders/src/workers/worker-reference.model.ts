import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** A worker as the orders subgraph knows it: only its key; the workers subgraph resolves it. */
@ObjectType('Worker')
@Directive(ORG_SCOPED_REFERENCE)
export class WorkerReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
