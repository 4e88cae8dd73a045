import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** 作業: a task of the orders subgraph, possibly another org's; workers only holds its key. */
@ObjectType('Task')
@Directive(ORG_SCOPED_REFERENCE)
export class TaskReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
