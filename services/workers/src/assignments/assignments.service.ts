import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, isUniqueViolation } from '@kyodo/database';
import { higherStage, meetsStage, SECURITY_COURSE_CODE, SkillStage } from '@kyodo/domain';
import { daysInclusive } from '../common/date-range';
import { OfferRequirements, PartnerSharesService } from '../sharing/partner-shares.service';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentsError } from './assignments.errors';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { allocateByMonth, MonthShare } from './month-allocation';
import { PayBasis } from './pay-basis.enum';
import { TASK_REQUIREMENTS, TaskRequirements, TaskRequirementsSource } from './task-requirements';
import { TRAINING_RECORDS, TrainingRecords } from './training-records';

/** What a booking must meet, from the task's order (and the offer, on a partner's task): never from the caller. */
interface BookingRules {
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

/** The one rate the pay basis calls for; the other must be left out. */
function ratesOf(input: CreateAssignmentInput): { hourlyRateYen: bigint | null; pieceRateYen: bigint | null } {
  const hourly = input.hourlyRateYen ?? null;
  const piece = input.pieceRateYen ?? null;
  if (input.payBasis === PayBasis.HOURLY ? hourly === null || piece !== null : piece === null || hourly !== null) {
    throw new AssignmentsError('PAY_BASIS_MISMATCH', 'HOURLY pay takes an hourly rate only; PIECE pay a piece rate only.', { payBasis: input.payBasis });
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
  ) {}

  forWorker(orgId: string, workerId: string): Promise<AssignmentEntity[]> {
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
   * Every other node is asked before the transaction, never while it holds a lock. Capacity holds
   * under concurrency in two layers:
   *  1. The booking transaction locks the worker row (SELECT … FOR UPDATE), so bookings of one
   *     worker run one after another and each re-reads status, stage and NDA under the lock;
   *     bookings of different workers do not wait for each other.
   *  2. Each month's minutes go into worker_month_bookings with one atomic upsert
   *     (booked_minutes = booked_minutes + share), whose CHECK (booked_minutes <= capacity_minutes)
   *     fails the statement — and so the whole transaction — when a month would overflow.
   */
  async bookWorkerOnTask(orgId: string, input: CreateAssignmentInput, actor: AuthContext): Promise<AssignmentEntity> {
    const days = daysInclusive(input.periodFrom, input.periodTo);
    if (days < 1 || days > MAX_PERIOD_DAYS) {
      throw new AssignmentsError('INVALID_PERIOD', `The period must run forward and last at most ${MAX_PERIOD_DAYS} days.`);
    }
    const rates = ratesOf(input);
    const worker = await this.assignments.manager.findOneBy(WorkerEntity, { orgId, id: input.workerId });
    this.checkWorker(worker, input.workerId);
    const { share, offer } = await this.partnerShares.verify(orgId, input, actor);
    const task = await this.taskRequirements.forTask({ token: actor.token }, input.taskOrgId, input.taskId);
    if (!task) throw new AssignmentsError('TASK_NOT_FOUND', `${input.taskOrgId} has no task ${input.taskId} this org may staff.`, { taskOrgId: input.taskOrgId, taskId: input.taskId });
    const rules = rulesOf(task, offer);
    this.checkWorker(worker, input.workerId, rules, input.periodFrom);
    const missing = await this.trainingRecords.missingTrainings(orgId, input.workerId, rules.trainings, actor);
    if (missing.length > 0) throw new AssignmentsError('TRAINING_MISSING', `The worker has not completed: ${missing.join(', ')}.`, { missing });

    try {
      return await this.assignments.manager.transaction(async (manager) => {
        const locked = await manager.getRepository(WorkerEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.org_id = :orgId AND w.id = :id', { orgId, id: input.workerId }).getOne();
        this.checkWorker(locked, input.workerId, rules, input.periodFrom);
        const shares = allocateByMonth(input.periodFrom, input.periodTo, input.plannedMinutes, locked.availabilityMinutes, locked.monthlyHourCap);
        if (!shares) throw new AssignmentsError('CAPACITY_EXCEEDED', 'The worker is not available for that many minutes within the period.');
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
        return assignment;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'assignments_worker_task')) throw new AssignmentsError('ALREADY_ASSIGNED', 'The worker is already assigned to that task.');
      throw error;
    }
  }

  /** Exists and is ACTIVE; with the booking's rules, also at their stages and (for confidential work) under an NDA by the first day. */
  private checkWorker(worker: WorkerEntity | null, workerId: string, rules?: BookingRules, firstDay?: string): asserts worker is WorkerEntity {
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
      throw new AssignmentsError('NDA_MISSING', 'Confidential work needs the worker’s NDA (秘密保持契約) signed by the first day of the period.', { ndaSignedOn: worker.ndaSignedOn });
    }
  }

  /** Capacity is written with each booking: a lowered cap binds new bookings, never undoes old ones. */
  private async book(manager: EntityManager, workerId: string, assignmentId: string, share: MonthShare): Promise<void> {
    await manager.query(`INSERT INTO assignment_months (assignment_id, month, minutes) VALUES ($1, $2, $3)`, [assignmentId, share.month, share.minutes]);
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
