import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** How much approved work a worker has done: what the training subgraph's skill map promotes on. */
@ObjectType('WorkerWorkMinutes')
export class WorkerWorkMinutes {
  @Field(() => ID)
  workerId!: string;

  @Field(() => Int, { description: 'Minutes of approved (承認) time entries, 0 when none.' })
  approvedMinutes!: number;
}
