import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_REFERENCE } from '@kyodo/domain';

/** 住民テレワーカー: a worker of the workers subgraph; training holds only the key. */
@ObjectType('Worker')
@Directive(ORG_SCOPED_REFERENCE)
export class WorkerReference {
  @Field()
  orgId!: string;

  @Field(() => ID)
  id!: string;
}
