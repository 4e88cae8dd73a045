import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** An enrollment as this subgraph names it: only its key; the org's training node, which records it, resolves it. */
@ObjectType('Enrollment')
@Directive(ORG_SCOPED_REFERENCE)
export class EnrollmentReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
