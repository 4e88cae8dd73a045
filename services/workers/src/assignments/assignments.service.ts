import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, isUniqueViolation } from '@kyodo/database';
import { higherStage, meetsStage, SECURITY_COURSE_CODE, SkillStage } from '@kyodo/domain';
import { daysInclusive } from '../common/date-range';
import { recordTaskDetails, TASK_DETAILS_SOURCE, TaskDetails, TaskDetailsSource } from '../me/task-details-source';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { NotificationsService } from '../notifications/notifications.service';
import { OfferRequirements, PartnerShare, PartnerSharesService } from '../sharing/partner-shares.service';
import { findOwnWorker } from '../workers/own-worker';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentsError } from './assignments.errors';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { allocateByMonth, MonthShare } from './month-allocation';
import { PayBasis } from './pay-basis.enum';
import { TASK_REQUIREMENTS, TaskRequirements, TaskRequirementsSource } from './task-requirements';
import { TRAINING_RECORDS, TrainingRecords } from './training-records';
import { may } from '../access/access';

/** What a booking must meet, from the task's order (and the offer, on a partner's task): never from the caller. */
export interface BookingRules {
  itStage: SkillStage;
  businessStage: SkillStage;
  trainings: string[];
  confidential: boolean;
  withholding: boolean;
}

/** The task's requirements, tightened by the offer's where the task is another member's, claimed. */
function rulesOf(task: TaskRequirements, offer: OfferRequirements | null): BookingRules {
  const trainings = [...task.trainings, ...(offer?.requiredTrainings ?? []), ...(task.confidential ? [SECURITY_COURSE_CODE] : [])];
  return {
    itStage: offer ? higherStage(task.itStage, offer.requiredStage) : task.itStage,
    businessStage: offer ? higherStage(task.businessStage, offer.requiredStage) : task.businessStage,
    trainings: [...new Set(trainings)],
    confidential: task.confidential,
    withholding: task.withholding,
  };
}

const MAX_PERIOD_DAYS = 366;

/** The task a booking (or an offer of its hours) is about: enough to ask its owner. */
export type TaskToStaff = Pick<CreateAssignmentInput, 'taskOrgId' | 'taskId' | 'claimId' | 'periodTo'>;

/** What the owning nodes said about a task: its rules, and the approved claim it is staffed within (another member's task). */
export interface OwnerRules {
  rules: BookingRules;
  share: PartnerShare | null;
}

/**
 * Facts this server read from the owning nodes earlier, with a staff token, and kept in its own
 * database (an offer's row): a booking given them asks no other node. Never built from a client's input.
 */
export interface KnownOwnerFacts extends OwnerRules {
  /** What the worker will see of the task; null when the owner showed none. */
  details: TaskDetails | null;
}

/** The one rate the pay basis calls for; the other must be left out. */
function ratesOf(input: CreateAssignmentInput): { hourlyRateYen: bigint | null; pieceRateYen: bigint | null } {
  const hourly = input.hourlyRateYen ?? null;
  const piece = input.pieceRateYen ?? null;
  if (input.payBasis === PayBasis.HOURLY ? hourly === null || piece !== null : piece === null || hourly !== null) {
    throw new AssignmentsError('PAY_BASIS_MISMATCH', 'HOURLY pay takes an hourly rate only; PIECE pay a piece rate only.', {
      payBasis: input.payBasis,
    });
  }
  return { hourlyRateYen: hourly, pieceRateYen: piece };
}

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectRepository(AssignmentEntity) private readonly assignments: Repository<AssignmentEntity>,
    @Inject(TRAINING_RECORDS) private readonly trainingRecords: TrainingRecords,
    @Inject(TASK_REQUIREMENTS) private readonly taskRequirements: TaskRequirementsSource,
    private readonly partnerShares: PartnerSharesService,
    private readonly notifications: NotificationsService,
    @Inject(TASK_DETAILS_SOURCE) private readonly taskDetails: TaskDetailsSource,
  ) {}

  /** Staff see any worker's; a worker only their own, and another worker's read as refused, whether they exist or not. */
  async forWorker(orgId: string, workerId: string, actor: AuthContext): Promise<AssignmentEntity[]> {
    if (!may('homeOrgStaff', actor, { orgId })) {
      const own = await findOwnWorker(this.assignments.manager, orgId, actor);
      if (own?.id !== workerId) throw new AuthError('FORBIDDEN', 'A worker sees only their own assignments.');
    }
    return this.assignments.find({ where: { orgId, workerId }, order: { periodFrom: 'ASC', createdAt: 'ASC' } });
  }

  /**
   * 割当: books a worker on a task. The one path every booking takes (createAssignment, and an
   * accepted offer to a worker): its rules live here and nowhere else.
   *
   * What the task requires comes from the task's owner, never from the caller: the owner's orders
   * node says the stage per axis, the trainings, whether the work is confidential (then the worker
   * needs a signed NDA and the security course) and whether its pay is withheld (源泉徴収, from its
   * business category). An unknown task, or one the caller may not staff, is TASK_NOT_FOUND.
   * Another member's task is booked only within an approved claim of this org (PartnerSharesService):
   * the offer's stage and trainings apply on top, and the claim's running total is guarded by the
   * database in the same transaction.
   *
   * `known` carries those facts when this server read them earlier from the owners and stored them
   * (an offer, read with its director's token): then no other node is asked, which lets a worker's
   * own token accept an offer. Only ever the server's own stored reads, never a client's values.
   *
   * Every other node is asked before the transaction, never while it holds a lock. Capacity holds
   * under concurrency in two layers:
   *  1. The booking transaction locks the worker row (SELECT … FOR UPDATE), so bookings of one
   *     worker run one after another and each re-reads status, stage and NDA under the lock;
   *     bookings of different workers do not wait for each other.
   *  2. Each month's minutes go into worker_month_bookings with one atomic upsert
   *     (booked_minutes = booked_minutes + share), whose CHECK (booked_minutes <= capacity_minutes)
   *     fails the statement — and so the whole transaction — when a month would overflow.
   */
  async bookWorkerOnTask(
    orgId: string,
    input: CreateAssignmentInput,
    actor: AuthContext,
    known?: KnownOwnerFacts,
  ): Promise<AssignmentEntity> {
    const days = daysInclusive(input.periodFrom, input.periodTo);
    if (days < 1 || days > MAX_PERIOD_DAYS) {
      throw new AssignmentsError('INVALID_PERIOD', `The period must run forward and last at most ${MAX_PERIOD_DAYS} days.`);
    }
    const rates = ratesOf(input);
    const worker = await this.assignments.manager.findOneBy(WorkerEntity, { orgId, id: input.workerId });
    this.checkWorker(worker, input.workerId);
    let rules: BookingRules;
    let share: PartnerShare | null;
    let details: TaskDetails | null;
    if (known) {
      // An offer's acceptance: the rules, the claim and the details were read from the owners with
      // the director's token when the offer was made (a worker's own token is refused there).
      // Trainings were checked for every recipient then, and completions are never revoked, so
      // they are not asked again; everything this node holds is checked below, under the lock.
      ({ rules, share, details } = known);
      this.checkWorker(worker, input.workerId, rules, input.periodFrom);
    } else {
      ({ rules, share } = await this.ownerRules(orgId, input, actor));
      this.checkWorker(worker, input.workerId, rules, input.periodFrom);
      const missing = await this.trainingRecords.missingTrainings(orgId, input.workerId, rules.trainings, actor);
      if (missing.length > 0)
        throw new AssignmentsError('TRAINING_MISSING', `The worker has not completed: ${missing.join(', ')}.`, { missing });
      // What the worker will see of the task, read now with the booker's token (never inside the transaction).
      details = await this.taskDetails.details(actor, orgId, input);
    }

    try {
      return await this.assignments.manager.transaction(async (manager) => {
        const locked = await manager
          .getRepository(WorkerEntity)
          .createQueryBuilder('w')
          .setLock('pessimistic_write')
          .where('w.org_id = :orgId AND w.id = :id', { orgId, id: input.workerId })
          .getOne();
        this.checkWorker(locked, input.workerId, rules, input.periodFrom);
        const shares = allocateByMonth(
          input.periodFrom,
          input.periodTo,
          input.plannedMinutes,
          locked.availabilityMinutes,
          locked.monthlyHourCap,
        );
        if (!shares)
          throw new AssignmentsError('CAPACITY_EXCEEDED', 'The worker is not available for that many minutes within the period.');
        const assignment = await manager.save(
          manager.create(AssignmentEntity, {
            orgId,
            workerId: input.workerId,
            taskOrgId: input.taskOrgId,
            taskId: input.taskId,
            periodFrom: input.periodFrom,
            periodTo: input.periodTo,
            plannedMinutes: input.plannedMinutes,
            payBasis: input.payBasis,
            ...rates,
            withholding: rules.withholding,
            requiredItStage: rules.itStage,
            requiredBusinessStage: rules.businessStage,
            requiredTrainings: rules.trainings,
          }),
        );
        for (const month of shares) await this.book(manager, input.workerId, assignment.id, month);
        if (share) await this.partnerShares.book(manager, assignment.id, share, input.plannedMinutes);
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'assignment.create',
          entityType: 'Assignment',
          entityId: assignment.id,
          detail: { after: { ...input }, rules: { ...rules }, months: shares, claimId: share?.claimId ?? null },
        });
        if (details) await recordTaskDetails(manager, assignment.id, details);
        await this.notifications.notify(manager, {
          orgId,
          recipient: { workerId: input.workerId },
          kind: NotificationKind.ASSIGNMENT_CREATED,
          subjectType: 'Assignment',
          subjectId: assignment.id,
        });
        return assignment;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'assignments_worker_task'))
        throw new AssignmentsError('ALREADY_ASSIGNED', 'The worker is already assigned to that task.');
      throw error;
    }
  }

  /**
   * What the task's owner requires of whoever is booked on it, and the approved claim it is staffed
   * within when it is another member's: the owner's orders node (taskRequirements) and the owner's
   * word on the claim (poolClaims), both asked with the caller's token, so only the org's staff get
   * an answer. Shared by every booking and by an offer of the task's hours.
   */
  async ownerRules(orgId: string, task: TaskToStaff, actor: AuthContext): Promise<OwnerRules> {
    const { share, offer } = await this.partnerShares.verify(orgId, task, actor);
    const requirements = await this.taskRequirements.forTask({ token: actor.token }, task.taskOrgId, task.taskId);
    if (!requirements)
      throw new AssignmentsError('TASK_NOT_FOUND', `${task.taskOrgId} has no task ${task.taskId} this org may staff.`, {
        taskOrgId: task.taskOrgId,
        taskId: task.taskId,
      });
    return { rules: rulesOf(requirements, offer), share };
  }

  /** Exists and is ACTIVE; with the booking's rules, also at their stages and (for confidential work) under an NDA by the first day. */
  private checkWorker(
    worker: WorkerEntity | null,
    workerId: string,
    rules?: BookingRules,
    firstDay?: string,
  ): asserts worker is WorkerEntity {
    if (!worker) throw new AssignmentsError('WORKER_NOT_FOUND', `No worker ${workerId} in this org.`);
    if (worker.status !== WorkerStatus.ACTIVE) throw new AssignmentsError('WORKER_INACTIVE', `The worker is ${worker.status}, not ACTIVE.`);
    if (!rules) return;
    if (!meetsStage(worker.itStage, rules.itStage) || !meetsStage(worker.businessStage, rules.businessStage)) {
      throw new AssignmentsError('STAGE_TOO_LOW', 'The worker’s skill stage is below what the task requires.', {
        itStage: worker.itStage,
        businessStage: worker.businessStage,
        requiredItStage: rules.itStage,
        requiredBusinessStage: rules.businessStage,
      });
    }
    if (rules.confidential && (worker.ndaSignedOn === null || (firstDay !== undefined && worker.ndaSignedOn > firstDay))) {
      throw new AssignmentsError(
        'NDA_MISSING',
        'Confidential work needs the worker’s NDA (秘密保持契約) signed by the first day of the period.',
        { ndaSignedOn: worker.ndaSignedOn },
      );
    }
  }

  /** Capacity is written with each booking: a lowered cap binds new bookings, never undoes old ones. */
  private async book(manager: EntityManager, workerId: string, assignmentId: string, share: MonthShare): Promise<void> {
    await manager.query(`INSERT INTO assignment_months (assignment_id, month, minutes) VALUES ($1, $2, $3)`, [
      assignmentId,
      share.month,
      share.minutes,
    ]);
    try {
      await manager.query(
        `INSERT INTO worker_month_bookings (worker_id, month, booked_minutes, capacity_minutes) VALUES ($1, $2, $3, $4)
         ON CONFLICT (worker_id, month) DO UPDATE
           SET booked_minutes = worker_month_bookings.booked_minutes + EXCLUDED.booked_minutes,
               capacity_minutes = EXCLUDED.capacity_minutes`,
        [workerId, share.month, share.minutes, share.capacityMinutes],
      );
    } catch (error) {
      if (isCheckViolation(error, 'worker_month_within_capacity')) {
        throw new AssignmentsError('CAPACITY_EXCEEDED', `The booking would exceed the worker's capacity in ${share.month.slice(0, 7)}.`, {
          month: share.month.slice(0, 7),
          capacityMinutes: share.capacityMinutes,
        });
      }
      throw error;
    }
  }
}
