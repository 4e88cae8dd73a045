import { Field, ObjectType } from '@nestjs/graphql';
import { WorkerEntity } from '../workers/worker.entity';

/** A registered or active worker whose papers are not complete yet: what the org admin still has to see to. */
@ObjectType('WorkerPaperworkGap')
export class WorkerPaperworkGap {
  @Field(() => WorkerEntity)
  worker!: WorkerEntity;

  @Field({ description: 'No basic contract (基本契約) has been issued to the worker.' })
  missingBasicContract!: boolean;

  @Field({ description: 'The worker has no bank account for pay (振込先) on record.' })
  missingBankAccount!: boolean;
}
