import { Field, Int, ObjectType } from '@nestjs/graphql';
import { YenScalar } from '@kyodo/subgraph';

/** A closed pay month (支払締め) of an org and what it paid, read back from its statements. */
@ObjectType('PayMonth')
export class PayMonth {
  @Field()
  orgId!: string;

  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field()
  closedAt!: Date;

  @Field(() => Int)
  statementCount!: number;

  @Field(() => YenScalar)
  grossYen!: bigint;

  @Field(() => YenScalar)
  withholdingYen!: bigint;

  @Field(() => YenScalar)
  netYen!: bigint;
}
