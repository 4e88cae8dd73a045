import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit, isCheckViolation, isUniqueViolation } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { PayBasis } from '../assignments/pay-basis.enum';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { NotificationsService } from '../notifications/notifications.service';
import { assertCommissionTermsAccepted } from '../commission-terms/commission-terms-gate';
import { WorkerEntity } from '../workers/worker.entity';
import { LogTimeInput } from './dto/log-time.input';
import { TimeEntriesError } from './time-entries.errors';
import { TimeEntryEntity } from './time-entry.entity';
import { TimeEntryStatus } from './time-entry-status.enum';
import { WorkerWorkMinutes } from './worker-work-minutes.model';
import { may } from '../access/access';

/**
 * The database refuses a new entry or an approval in a closed pay month (trigger
 * time_entries_pay_month_open, under the month's lock): that refusal, as the feature's code.
 */
function throwIfMonthClosed(error: unknown, workDate?: string): void {
  if (isCheckViolation(error, 'pay_month_open')) {
    throw new TimeEntriesError(
      'PAY_MONTH_CLOSED',
      'The pay month of that day is closed: nothing dated in it is logged or approved any more.',
      workDate ? { month: workDate.slice(0, 7) } : undefined,
    );
  }
}

/** The database's own refusals of a new entry (trigger time_entries_pay_month_open, unique index), as the feature's codes. */
function throwIfRefusedEntry(error: unknown, input: LogTimeInput): void {
  throwIfMonthClosed(error, input.workDate);
  if (isCheckViolation(error, 'time_entries_not_in_future')) throw futureDate(input.workDate);
  if (isCheckViolation(error, 'time_entries_correction_of_returned')) throw unreturned(input);
  if (isUniqueViolation(error, 'time_entries_corrects_once'))
    throw new TimeEntriesError('ALREADY_CORRECTED', `Entry ${input.correctsEntryId} was corrected already.`, {
      correctsEntryId: input.correctsEntryId,
    });
}

const futureDate = (workDate: string) =>
  new TimeEntriesError('WORK_DATE_IN_FUTURE', `${workDate} is after today (Asia/Tokyo): hours are logged once worked.`, {
    workDate,
    today: tokyoToday(),
  });
const unreturned = (input: LogTimeInput) =>
  new TimeEntriesError(
    'CORRECTION_OF_UNRETURNED',
    `Entry ${input.correctsEntryId} is no returned entry of this assignment on ${input.workDate}.`,
    { correctsEntryId: input.correctsEntryId },
  );

type Review = { status: TimeEntryStatus.APPROVED; comment: null } | { status: TimeEntryStatus.RETURNED; comment: string };

@Injectable()
export class TimeEntriesService {
  constructor(
    @InjectRepository(TimeEntryEntity) private readonly entries: Repository<TimeEntryEntity>,
    private readonly notifications: NotificationsService,
  ) {}

  /** Staff (the operator's too, acting for the org: 勤怠管理) see any assignment's entries; a worker only those of their own assignments. */
  async forAssignment(orgId: string, assignmentId: string, actor: AuthContext): Promise<TimeEntryEntity[]> {
    if (!may('homeOrgStaff', actor, { orgId }) && !may('operatorInDelegatedAct', actor, { orgId })) {
      const assignment = await this.entries.manager.findOneBy(AssignmentEntity, { orgId, id: assignmentId });
      await this.assertOwnWorker(orgId, assignment?.workerId ?? null, actor);
    }
    return this.entries.find({ where: { orgId, assignmentId }, order: { workDate: 'ASC', createdAt: 'ASC' } });
  }

  /**
   * Approved minutes per worker in one grouped query, for the asked ids that are workers of this
   * org, in the order asked, zero for a worker with none. An id of no worker here (another org's,
   * say) gets no entry: the answer never echoes ids the org does not hold.
   */
  async approvedMinutes(orgId: string, workerIds: readonly string[], from: string | undefined): Promise<WorkerWorkMinutes[]> {
    const ids = [...new Set(workerIds)];
    if (ids.length === 0) return [];
    const rows: { worker_id: string; minutes: number }[] = await this.entries.query(
      `SELECT w.id AS worker_id, coalesce(sum(e.minutes), 0)::int AS minutes
       FROM workers w
       LEFT JOIN time_entries e ON e.worker_id = w.id AND e.org_id = w.org_id AND e.status = 'APPROVED' AND ($3::date IS NULL OR e.work_date >= $3::date)
       WHERE w.org_id = $1 AND w.id = ANY($2::uuid[])
       GROUP BY w.id`,
      [orgId, ids, from ?? null],
    );
    const byWorker = new Map(rows.map((r) => [r.worker_id, r.minutes]));
    return ids.flatMap((workerId) => {
      const approvedMinutes = byWorker.get(workerId);
      return approvedMinutes === undefined ? [] : [{ workerId, approvedMinutes }];
    });
  }

  /**
   * Logs a day's minutes. Two database rules make it safe under concurrency:
   *  1. The entry is inserted first, against the unique (org_id, idempotency_key) index: of
   *     parallel submissions with one key, one inserts and the others wait on the index, fail
   *     once it commits, and are answered with that entry. Inserting before touching the day
   *     ledger means a retry never waits on the ledger and is never refused as DAY_OVER_24H.
   *  2. The minutes go into worker_day_totals with one atomic upsert; its CHECK (minutes <= 1440)
   *     fails the statement, and so the transaction, when the worker's day would pass 24 hours.
   * Period and ownership are read before the transaction: an assignment's period never changes.
   */
  async log(orgId: string, input: LogTimeInput, actor: AuthContext): Promise<TimeEntryEntity> {
    const earlier = await this.entries.findOneBy({ orgId, idempotencyKey: input.idempotencyKey });
    if (earlier) return this.replay(orgId, earlier, input, actor);
    const assignment = await this.entries.manager.findOneBy(AssignmentEntity, { orgId, id: input.assignmentId });
    if (!assignment && may('homeOrgStaff', actor, { orgId }))
      throw new TimeEntriesError('ASSIGNMENT_NOT_FOUND', `No assignment ${input.assignmentId} in this org.`);
    await this.assertMayActFor(orgId, assignment?.workerId ?? null, actor);
    if (!assignment) throw new TimeEntriesError('ASSIGNMENT_NOT_FOUND', `No assignment ${input.assignmentId} in this org.`);
    // The database refuses it too (time_entries_not_in_future); checked first to answer plainly.
    if (input.workDate > tokyoToday()) throw futureDate(input.workDate);
    if (input.correctsEntryId !== undefined) await this.assertCorrectable(orgId, assignment.id, input);
    if (input.workDate < assignment.periodFrom || input.workDate > assignment.periodTo) {
      throw new TimeEntriesError(
        'ENTRY_OUTSIDE_PERIOD',
        `${input.workDate} is outside the assignment period ${assignment.periodFrom}–${assignment.periodTo}.`,
        {
          periodFrom: assignment.periodFrom,
          periodTo: assignment.periodTo,
        },
      );
    }
    await assertCommissionTermsAccepted(this.entries.manager, orgId, assignment.id);
    if ((assignment.payBasis === PayBasis.PIECE) !== (input.quantity !== undefined)) {
      throw new TimeEntriesError(
        'QUANTITY_OF_PAY_BASIS',
        `An entry logs a quantity exactly when its assignment pays per piece; this one pays ${assignment.payBasis}.`,
        {
          payBasis: assignment.payBasis,
        },
      );
    }
    try {
      return await this.entries.manager.transaction(async (manager) => {
        const entry = await manager.save(
          manager.create(TimeEntryEntity, {
            orgId,
            assignmentId: assignment.id,
            workerId: assignment.workerId,
            workDate: input.workDate,
            minutes: input.minutes,
            quantity: input.quantity ?? null,
            note: input.note ?? null,
            correctsEntryId: input.correctsEntryId ?? null,
            status: TimeEntryStatus.SUBMITTED,
            idempotencyKey: input.idempotencyKey,
            loggedBy: actor.userId,
            reviewComment: null,
            reviewedBy: null,
            reviewedAt: null,
          }),
        );
        await this.addToDay(manager, assignment.workerId, input.workDate, input.minutes);
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'time-entry.log',
          entityType: 'TimeEntry',
          entityId: entry.id,
          detail: {
            after: {
              assignmentId: assignment.id,
              workerId: assignment.workerId,
              workDate: input.workDate,
              minutes: input.minutes,
              quantity: input.quantity ?? null,
              note: input.note ?? null,
              correctsEntryId: input.correctsEntryId ?? null,
            },
          },
        });
        if (!may('homeOrgStaff', actor, { orgId })) await this.notifyAwaitingApproval(manager, orgId);
        // The pay month is the database's decision (under the months' locks): read it back.
        return manager.findOneByOrFail(TimeEntryEntity, { orgId, id: entry.id });
      });
    } catch (error) {
      throwIfRefusedEntry(error, input);
      if (!isUniqueViolation(error, 'time_entries_idempotency')) throw error;
      const first = await this.entries.findOneByOrFail({ orgId, idempotencyKey: input.idempotencyKey });
      return this.replay(orgId, first, input, actor);
    }
  }

  approve(orgId: string, id: string, actor: AuthContext): Promise<TimeEntryEntity> {
    return this.review(orgId, id, { status: TimeEntryStatus.APPROVED, comment: null }, actor);
  }

  /** 承認待ち: the org's submitted entries awaiting review, oldest day first (the queue a director works down). */
  submitted(orgId: string, first: number): Promise<TimeEntryEntity[]> {
    return this.entries.find({
      where: { orgId, status: TimeEntryStatus.SUBMITTED },
      order: { workDate: 'ASC', createdAt: 'ASC', id: 'ASC' },
      take: first,
    });
  }

  /** The assignments of entries the caller already may read (one query for a page of entries). */
  async assignmentsOf(orgId: string, ids: readonly string[]): Promise<(AssignmentEntity | null)[]> {
    const rows = await this.entries.manager.findBy(AssignmentEntity, { orgId, id: In([...new Set(ids)]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * 一括承認: approves many entries at once, all or none. Every id must be an entry of this org
   * (else TIME_ENTRY_NOT_FOUND naming the missing ids, which may be another org's); none may be
   * returned (TIME_ENTRY_RETURNED). Entries approved already are left as they are, so a retry of
   * the same selection answers the same list and writes nothing more. The rows are locked in id
   * order, so two overlapping selections never deadlock; the pay-month trigger refuses the whole
   * selection when any entry's month is closed.
   */
  async approveMany(orgId: string, ids: readonly string[], actor: AuthContext): Promise<TimeEntryEntity[]> {
    const wanted = [...new Set(ids)];
    try {
      return await this.entries.manager.transaction(async (manager) => {
        const rows = await manager
          .getRepository(TimeEntryEntity)
          .createQueryBuilder('e')
          .setLock('pessimistic_write')
          .where('e.org_id = :orgId AND e.id IN (:...ids)', { orgId, ids: wanted })
          .orderBy('e.id')
          .getMany();
        const found = new Set(rows.map((row) => row.id));
        const missing = wanted.filter((id) => !found.has(id));
        if (missing.length > 0)
          throw new TimeEntriesError('TIME_ENTRY_NOT_FOUND', `No time entries ${missing.join(', ')} in this org.`, { missing });
        const returned = rows.filter((row) => row.status === TimeEntryStatus.RETURNED).map((row) => row.id);
        if (returned.length > 0)
          throw new TimeEntriesError('TIME_ENTRY_RETURNED', 'Returned entries cannot be approved; the worker logs corrected ones.', {
            returned,
          });
        const pending = rows.filter((row) => row.status === TimeEntryStatus.SUBMITTED);
        if (pending.length > 0) {
          const change = { status: TimeEntryStatus.APPROVED, reviewComment: null, reviewedBy: actor.userId, reviewedAt: new Date() };
          await manager.update(TimeEntryEntity, { orgId, id: In(pending.map((row) => row.id)) }, change);
          for (const row of pending) {
            Object.assign(row, change);
            await appendAudit(manager, {
              actorId: actor.userId,
              actorOrgId: actor.orgId,
              action: 'time-entry.approve',
              entityType: 'TimeEntry',
              entityId: row.id,
              detail: { from: TimeEntryStatus.SUBMITTED, to: TimeEntryStatus.APPROVED, batch: wanted.length },
            });
          }
        }
        // Every id was found above: the rows in the order asked.
        return wanted.flatMap((id) => rows.filter((row) => row.id === id));
      });
    } catch (error) {
      throwIfMonthClosed(error);
      throw error;
    }
  }

  /** A returned entry's minutes leave the day ledger: the corrected entry takes their place. */
  return(orgId: string, id: string, comment: string, actor: AuthContext): Promise<TimeEntryEntity> {
    return this.review(orgId, id, { status: TimeEntryStatus.RETURNED, comment }, actor);
  }

  private async review(orgId: string, id: string, review: Review, actor: AuthContext): Promise<TimeEntryEntity> {
    try {
      return await this.reviewInTransaction(orgId, id, review, actor);
    } catch (error) {
      throwIfMonthClosed(error);
      throw error;
    }
  }

  private reviewInTransaction(orgId: string, id: string, review: Review, actor: AuthContext): Promise<TimeEntryEntity> {
    return this.entries.manager.transaction(async (manager) => {
      const entry = await manager
        .getRepository(TimeEntryEntity)
        .createQueryBuilder('e')
        .setLock('pessimistic_write')
        .where('e.org_id = :orgId AND e.id = :id', { orgId, id })
        .getOne();
      if (!entry) throw new TimeEntriesError('TIME_ENTRY_NOT_FOUND', `No time entry ${id} in this org.`);
      if (entry.status === TimeEntryStatus.APPROVED)
        throw new TimeEntriesError('TIME_ENTRY_APPROVED', 'An approved entry never changes; log a correction as a new entry.');
      if (entry.status === TimeEntryStatus.RETURNED)
        throw new TimeEntriesError('TIME_ENTRY_RETURNED', 'The entry was already returned; the worker logs a corrected one.');
      const change = { status: review.status, reviewComment: review.comment, reviewedBy: actor.userId, reviewedAt: new Date() };
      await manager.update(TimeEntryEntity, { orgId, id }, change);
      if (review.status === TimeEntryStatus.RETURNED) {
        await manager.query(`UPDATE worker_day_totals SET minutes = minutes - $3 WHERE worker_id = $1 AND work_date = $2`, [
          entry.workerId,
          entry.workDate,
          entry.minutes,
        ]);
      }
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: review.status === TimeEntryStatus.APPROVED ? 'time-entry.approve' : 'time-entry.return',
        entityType: 'TimeEntry',
        entityId: entry.id,
        detail: { from: entry.status, to: review.status, ...(review.comment ? { comment: review.comment } : {}) },
      });
      if (review.status === TimeEntryStatus.RETURNED) {
        await this.notifications.notify(manager, {
          orgId,
          recipient: { workerId: entry.workerId },
          kind: NotificationKind.TIME_ENTRY_RETURNED,
          subjectType: 'TimeEntry',
          subjectId: entry.id,
        });
      }
      return Object.assign(entry, change);
    });
  }

  /** A correction names a returned entry of the same assignment and day, not yet corrected. */
  private async assertCorrectable(orgId: string, assignmentId: string, input: LogTimeInput): Promise<void> {
    const returned = await this.entries.findOneBy({ orgId, id: input.correctsEntryId });
    if (
      !returned ||
      returned.status !== TimeEntryStatus.RETURNED ||
      returned.assignmentId !== assignmentId ||
      returned.workDate !== input.workDate
    )
      throw unreturned(input);
    if (await this.entries.existsBy({ orgId, correctsEntryId: input.correctsEntryId })) {
      throw new TimeEntriesError('ALREADY_CORRECTED', `Entry ${input.correctsEntryId} was corrected already.`, {
        correctsEntryId: input.correctsEntryId,
      });
    }
  }

  /** One staff notice a day (Asia/Tokyo) however many entries workers log: directors need the nudge, not a flood. */
  private async notifyAwaitingApproval(manager: EntityManager, orgId: string): Promise<void> {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
    await this.notifications.notify(manager, {
      orgId,
      recipient: 'STAFF',
      kind: NotificationKind.TIME_ENTRIES_AWAITING_APPROVAL,
      subjectType: 'Day',
      subjectId: today,
      dedupeKey: `awaiting-approval:${today}`,
    });
  }

  private async addToDay(manager: EntityManager, workerId: string, workDate: string, minutes: number): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO worker_day_totals (worker_id, work_date, minutes) VALUES ($1, $2, $3)
         ON CONFLICT (worker_id, work_date) DO UPDATE SET minutes = worker_day_totals.minutes + EXCLUDED.minutes`,
        [workerId, workDate, minutes],
      );
    } catch (error) {
      if (isCheckViolation(error, 'worker_day_within_24h')) {
        throw new TimeEntriesError('DAY_OVER_24H', `The worker's entries on ${workDate} would pass 24 hours.`, { workDate });
      }
      throw error;
    }
  }

  /** A retry: the first entry with that key, if the caller may see it and it is the same submission. */
  private async replay(orgId: string, entry: TimeEntryEntity, input: LogTimeInput, actor: AuthContext): Promise<TimeEntryEntity> {
    await this.assertMayActFor(orgId, entry.workerId, actor);
    const same =
      entry.assignmentId === input.assignmentId &&
      entry.workDate === input.workDate &&
      entry.minutes === input.minutes &&
      entry.quantity === (input.quantity ?? null) &&
      entry.note === (input.note ?? null) &&
      entry.correctsEntryId === (input.correctsEntryId ?? null);
    if (!same) throw new TimeEntriesError('IDEMPOTENCY_KEY_REUSED', 'That idempotency key was already used for a different entry.');
    return entry;
  }

  /** Staff act for any worker of the org; a worker-role caller only for themself. */
  private async assertMayActFor(orgId: string, workerId: string | null, actor: AuthContext): Promise<void> {
    if (may('homeOrgStaff', actor, { orgId })) return;
    await this.assertOwnWorker(orgId, workerId, actor);
  }

  private async assertOwnWorker(orgId: string, workerId: string | null, actor: AuthContext): Promise<void> {
    const own = workerId ? await this.entries.manager.findOneBy(WorkerEntity, { orgId, id: workerId, userId: actor.userId }) : null;
    if (!own) throw new AuthError('FORBIDDEN', 'Only the assigned worker or the org’s staff may do that.');
  }
}
