import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthError, isStaffOf, type AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, isUniqueViolation } from '@kyodo/database';
import { meetsStage, SkillStage } from '@kyodo/domain';
import { daysInclusive } from '../common/date-range';
import { recordTaskDetails, TASK_DETAILS_SOURCE, TaskDetailsSource } from '../me/task-details-source';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { NotificationsService } from '../notifications/notifications.service';
import { PartnerSharesService } from '../sharing/partner-shares.service';
import { findOwnWorker } from '../workers/own-worker';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentsError } from './assignments.errors';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { allocateByMonth, MonthShare } from './month-allocation';
import { PayBasis } from './pay-basis.enum';
import { TRAINING_RECORDS, TrainingRecords } from './training-records';

const MAX_PERIOD_DAYS = 366;

/** The one rate the pay basis calls for; the other must be left out. */
function ratesOf(input: CreateAssignmentInput): { hourlyRateYen: number | null; pieceRateYen: number | null } {
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
    private readonly partnerShares: PartnerSharesService,
    private readonly notifications: NotificationsService,
    @Inject(TASK_DETAILS_SOURCE) private readonly taskDetails: TaskDetailsSource,
  ) {}

  /** Staff see any worker's; a worker only their own, and another worker's read as refused, whether they exist or not. */
  async forWorker(orgId: string, workerId: string, actor: AuthContext): Promise<AssignmentEntity[]> {
    if (!isStaffOf(actor, orgId)) {
      const own = await findOwnWorker(this.assignments.manager, orgId, actor);
      if (own?.id !== workerId) throw new AuthError('FORBIDDEN', 'A worker sees only their own assignments.');
    }
    return this.assignments.find({ where: { orgId, workerId }, order: { periodFrom: 'ASC', createdAt: 'ASC' } });
  }

  /**
   * Books a worker on a task. Capacity holds under concurrency in two layers:
   *  1. The booking transaction locks the worker row (SELECT … FOR UPDATE), so bookings of one
   *     worker run one after another and each re-reads status, stage and availability under the
   *     lock; bookings of different workers do not wait for each other.
   *  2. Each month's minutes go into worker_month_bookings with one atomic upsert
   *     (booked_minutes = booked_minutes + share), whose CHECK (booked_minutes <= capacity_minutes)
   *     fails the statement — and so the whole transaction — when a month would overflow. Even a
   *     writer that skipped the lock could not overbook: the database refuses the row.
   * The training check asks another subgraph, so it runs before the lock, never while holding it.
   * Another member's task is booked only within an approved claim of this org (PartnerSharesService):
   * the offer's requirements apply on top of the caller's, and the claim's running total is
   * guarded by the database in the same transaction.
   */
  async create(orgId: string, requested: CreateAssignmentInput, actor: AuthContext): Promise<AssignmentEntity> {
    const days = daysInclusive(requested.periodFrom, requested.periodTo);
    if (days < 1 || days > MAX_PERIOD_DAYS) {
      throw new AssignmentsError('INVALID_PERIOD', `The period must run forward and last at most ${MAX_PERIOD_DAYS} days.`);
    }
    const rates = ratesOf(requested);
    const worker = await this.assignments.manager.findOneBy(WorkerEntity, { orgId, id: requested.workerId });
    this.checkWorker(worker, requested);
    // The offer's stage is checked with the others under the lock below.
    const { share, input } = await this.partnerShares.verify(orgId, requested, actor);
    const missing = await this.trainingRecords.missingTrainings(orgId, input.workerId, input.requiredTrainings, actor);
    if (missing.length > 0) throw new AssignmentsError('TRAINING_MISSING', `The worker has not completed: ${missing.join(', ')}.`, { missing });
    // What the worker will see of the task, read now with the booker's token (never inside the transaction).
    const details = await this.taskDetails.details(actor, orgId, input);

    try {
      return await this.assignments.manager.transaction(async (manager) => {
        const locked = await manager.getRepository(WorkerEntity).createQueryBuilder('w').setLock('pessimistic_write').where('w.org_id = :orgId AND w.id = :id', { orgId, id: input.workerId }).getOne();
        this.checkWorker(locked, input);
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
            withholding: input.withholding,
            requiredItStage: input.requiredItStage ?? null,
            requiredBusinessStage: input.requiredBusinessStage ?? null,
            requiredTrainings: input.requiredTrainings,
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
          detail: { after: { ...input }, months: shares, claimId: share?.claimId ?? null },
        });
        if (details) await recordTaskDetails(manager, assignment.id, details);
        await this.notifications.notify(manager, { orgId, recipient: { workerId: input.workerId }, kind: NotificationKind.ASSIGNMENT_CREATED, subjectType: 'Assignment', subjectId: assignment.id });
        return assignment;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'assignments_worker_task')) throw new AssignmentsError('ALREADY_ASSIGNED', 'The worker is already assigned to that task.');
      throw error;
    }
  }

  private checkWorker(worker: WorkerEntity | null, input: CreateAssignmentInput): asserts worker is WorkerEntity {
    if (!worker) throw new AssignmentsError('WORKER_NOT_FOUND', `No worker ${input.workerId} in this org.`);
    if (worker.status !== WorkerStatus.ACTIVE) throw new AssignmentsError('WORKER_INACTIVE', `The worker is ${worker.status}, not ACTIVE.`);
    const below = (stage: SkillStage, required: SkillStage | undefined) => required !== undefined && !meetsStage(stage, required);
    if (below(worker.itStage, input.requiredItStage) || below(worker.businessStage, input.requiredBusinessStage)) {
      throw new AssignmentsError('STAGE_TOO_LOW', 'The worker’s skill stage is below what the task requires.', {
        itStage: worker.itStage,
        businessStage: worker.businessStage,
      });
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
