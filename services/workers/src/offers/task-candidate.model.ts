import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WorkerEntity } from '../workers/worker.entity';

/** Why a worker cannot be booked on the task (要員配置の不適格理由). */
export enum CandidateIneligibility {
  STAGE_TOO_LOW = 'STAGE_TOO_LOW',
  TRAINING_MISSING = 'TRAINING_MISSING',
  NO_NDA = 'NO_NDA',
  NO_CONSORTIUM_CONSENT = 'NO_CONSORTIUM_CONSENT',
  NO_CAPACITY = 'NO_CAPACITY',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
}
registerEnumType(CandidateIneligibility, {
  name: 'CandidateIneligibility',
  description:
    'STAGE_TOO_LOW: below the required stage on an axis; TRAINING_MISSING: a required course not completed (missingTrainings); NO_NDA: no NDA on file for confidential work; NO_CONSORTIUM_CONSENT: no consent to another member’s work; NO_CAPACITY: the minutes do not fit the monthly cap or availability after what is booked; ALREADY_ASSIGNED: booked on the task already.',
});

/** One of the org's active workers, as a candidate for a task. */
@ObjectType('TaskCandidate')
export class TaskCandidate {
  @Field(() => WorkerEntity)
  worker!: WorkerEntity;

  @Field(() => [CandidateIneligibility], {
    description: 'Every rule the worker fails, in the order checked; empty for an eligible worker.',
  })
  reasons!: CandidateIneligibility[];

  @Field(() => [String], { description: 'Required course codes the worker has not completed.' })
  missingTrainings!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes left in the tightest month of the period once these minutes are booked; null when they do not fit.',
  })
  freeMinutes!: number | null;
}

/** 要員配置: the org's active workers for a booking, eligible ones ranked, the rest with their reasons. */
@ObjectType('TaskCandidates')
export class TaskCandidates {
  @Field(() => [TaskCandidate], {
    description:
      'Workers who may be booked, best first: the lowest stage that meets the requirement first (an advanced worker stays free for advanced work), then the most room left.',
  })
  eligible!: TaskCandidate[];

  @Field(() => [TaskCandidate], { description: 'Workers who may not, fewest reasons first, each with its reasons.' })
  ineligible!: TaskCandidate[];

  @Field(() => [String], { description: 'The course codes the task requires, as its owner states them.' })
  requiredTrainings!: string[];
}
