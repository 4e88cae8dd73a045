import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class QaMessage {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field({ description: 'True for the worker’s question, false for a director’s answer.' })
  fromWorker!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({
  description:
    '作業指示・Q&A: the questions one assigned worker asks on a task and the directors’ answers. One thread per task and worker, so no worker reads another’s.',
})
export class QaThread {
  @Field(() => ID)
  id!: string;

  @Field()
  taskOrgId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => [QaMessage], { description: 'Oldest first.' })
  messages!: QaMessage[];

  @Field(() => Int, { description: 'Messages from the other side the caller has not marked read.' })
  unreadCount!: number;

  @Field(() => Date, { nullable: true, description: 'Up to when the caller has read the thread.' })
  lastReadAt!: Date | null;
}
