import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SkillStage } from '@kyodo/domain';
import { PageOf, YenScalar } from '@kyodo/subgraph';
import { PayBasis } from '../assignments/pay-basis.enum';
import type { TaskDetails } from '../me/task-details-source';

/** How an offer's hours are given out. */
export enum OfferMode {
  /** 先着: a worker's acceptance books them at once, while hours are left. */
  FIRST_COME = 'FIRST_COME',
  /** 手挙げ then choice: workers raise a hand, the director picks whom to book. */
  DIRECTOR_PICKS = 'DIRECTOR_PICKS',
}
registerEnumType(OfferMode, { name: 'OfferMode' });

export enum OfferStatus {
  OPEN = 'OPEN',
  /** Every offered minute is taken. */
  FILLED = 'FILLED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferStatus, { name: 'OfferStatus' });

export enum OfferResponse {
  PENDING = 'PENDING',
  DECLINED = 'DECLINED',
  /** Raised a hand (DIRECTOR_PICKS), waiting for the director. */
  RAISED = 'RAISED',
  /** Hours reserved, the assignment being made. */
  BOOKING = 'BOOKING',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(OfferResponse, { name: 'OfferResponse' });

@ObjectType({ description: 'A worker an offer went to, and their answer. Staff only.' })
export class OfferRecipient {
  @Field(() => ID)
  workerId!: string;

  @Field(() => OfferResponse)
  response!: OfferResponse;

  @Field(() => Int, { nullable: true, description: 'Minutes taken or asked for.' })
  minutes!: number | null;

  @Field(() => ID, { nullable: true })
  assignmentId!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;
}

@ObjectType({ description: '手挙げ: a task’s hours offered to the org’s workers the server found eligible.' })
export class Offer {
  @Field(() => ID)
  id!: string;

  @Field()
  orgId!: string;

  /** Exposed as `task` (a federation reference) by the resolver, and as these two. */
  @Field()
  taskOrgId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => ID, { nullable: true, description: "The claim another member's task is offered within." })
  claimId!: string | null;

  @Field(() => String, { nullable: true, description: 'What the director tells the workers about the work.' })
  note!: string | null;

  @Field()
  periodFrom!: string;

  @Field()
  periodTo!: string;

  @Field(() => Int)
  totalMinutes!: number;

  @Field(() => Int, { description: 'The smallest share one worker may take (the rest of the offer when less is left).' })
  minimumMinutes!: number;

  @Field(() => Int)
  takenMinutes!: number;

  @Field(() => Int)
  remainingMinutes!: number;

  @Field(() => PayBasis)
  payBasis!: PayBasis;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per hour in yen (HOURLY).' })
  hourlyRateYen!: bigint | null;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per piece in yen (PIECE).' })
  pieceRateYen!: bigint | null;

  @Field({ description: "Whether the pay is withheld (源泉徴収), from the task's business category at its owner." })
  withholding!: boolean;

  @Field(() => SkillStage, {
    description: "IT stage the work requires, from the task's order (and the claim's offer for another member's task).",
  })
  requiredItStage!: SkillStage;

  @Field(() => SkillStage, { description: 'Business stage the work requires, likewise.' })
  requiredBusinessStage!: SkillStage;

  @Field(() => [String], { description: 'Course codes the work requires, the security course included for confidential work.' })
  requiredTrainings!: string[];

  @Field({ description: "Confidential work (the task's order): only workers with an NDA on file and the security course." })
  confidential!: boolean;

  @Field(() => OfferMode)
  mode!: OfferMode;

  @Field(() => OfferStatus)
  status!: OfferStatus;

  @Field()
  createdAt!: Date;

  /** The approved minutes of the claim (another member's task), as its owner said when the offer was made. Not served. */
  claimApprovedMinutes?: number | null;

  /** The task's details as the owner showed them to the director when the offer was made; recorded on each booking. Not served. */
  taskDetails?: TaskDetails | null;

  /** Loaded for staff only; the `recipients` field refuses anyone else. */
  recipientRows?: OfferRecipient[];

  @Field(() => OfferResponse, { nullable: true, description: "The calling worker's own answer (null for staff)." })
  myResponse!: OfferResponse | null;

  @Field(() => Int, { nullable: true, description: 'Minutes the calling worker took or asked for.' })
  myMinutes!: number | null;

  @Field(() => ID, { nullable: true, description: "The calling worker's assignment from this offer." })
  myAssignmentId!: string | null;
}

@ObjectType('OfferPage')
export class OfferPage extends PageOf(Offer) {}
