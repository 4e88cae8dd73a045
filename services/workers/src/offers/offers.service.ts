import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { decodeCursor, Page, toPage } from '@kyodo/subgraph';
import { TRAINING_RECORDS, TrainingRecords } from '../assignments/training-records';
import { AssignmentsService } from '../assignments/assignments.service';
import { PayBasis } from '../assignments/pay-basis.enum';
import { daysInclusive } from '../common/date-range';
import { WorkNotices } from '../notices/work-notices';
import { TASK_DETAILS_SOURCE, TaskDetailsSource } from '../me/task-details-source';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { CreateOfferInput } from './dto/offers.inputs';
import { OfferBooking } from './offer-booking';
import { ineligibility } from './offer-eligibility';
import { Offer, OfferMode, OfferRecipient, OfferResponse, OfferStatus } from './offer.model';

export interface OfferPageRequest {
  first: number;
  after?: string;
}

/** Newest first; keyset cursor over (created_at, id). */
const pageOf = (rows: Offer[], first: number): Page<Offer> => toPage(rows, first, (o) => ({ at: o.createdAt.toISOString(), id: o.id }));
import { OffersError } from './offers.errors';

const MAX_PERIOD_DAYS = 366;
/** Training checks for candidates run this many at a time (one request each to the training node). */
const TRAINING_CHECKS_IN_FLIGHT = 8;

const OFFER_COLUMNS = `o.id, o.org_id AS "orgId", o.task_org_id AS "taskOrgId", o.task_id AS "taskId", o.claim_id AS "claimId", o.note,
  to_char(o.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(o.period_to, 'YYYY-MM-DD') AS "periodTo",
  o.total_minutes AS "totalMinutes", o.minimum_minutes AS "minimumMinutes", o.taken_minutes AS "takenMinutes",
  o.total_minutes - o.taken_minutes AS "remainingMinutes", o.pay_basis AS "payBasis", o.hourly_rate_yen::text AS "hourlyRateYen",
  o.piece_rate_yen::text AS "pieceRateYen", o.withholding, o.required_it_stage AS "requiredItStage", o.required_business_stage AS "requiredBusinessStage",
  o.required_trainings AS "requiredTrainings", o.confidential, o.claim_approved_minutes AS "claimApprovedMinutes", o.task_details AS "taskDetails", o.mode, o.status, o.created_by AS "createdBy", o.created_at AS "createdAt"`;

type OfferRow = Omit<Offer, 'hourlyRateYen' | 'pieceRateYen'> & {
  hourlyRateYen: string | null;
  pieceRateYen: string | null;
  createdBy: string;
};
type MyRow = OfferRow & { myResponse: OfferResponse; myMinutes: number | null; myAssignmentId: string | null };

function toOffer(row: OfferRow): Offer & { createdBy: string } {
  return {
    ...row,
    hourlyRateYen: row.hourlyRateYen === null ? null : BigInt(row.hourlyRateYen),
    pieceRateYen: row.pieceRateYen === null ? null : BigInt(row.pieceRateYen),
    myResponse: (row as Partial<MyRow>).myResponse ?? null,
    myMinutes: (row as Partial<MyRow>).myMinutes ?? null,
    myAssignmentId: (row as Partial<MyRow>).myAssignmentId ?? null,
  };
}

/** The one rate the pay basis calls for (its bounds are the input's); refused before anything is written. */
function checkRates(input: CreateOfferInput): void {
  const rate = input.payBasis === PayBasis.HOURLY ? input.hourlyRateYen : input.pieceRateYen;
  const other = input.payBasis === PayBasis.HOURLY ? input.pieceRateYen : input.hourlyRateYen;
  if (rate === undefined || rate === null || (other !== undefined && other !== null)) {
    throw new OffersError('PAY_BASIS_MISMATCH', 'HOURLY pay takes an hourly rate only; PIECE pay a piece rate only.', {
      payBasis: input.payBasis,
    });
  }
}

async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

/**
 * 手挙げ (offers). Hours are reserved on the offer first — one conditional UPDATE whose CHECK
 * (taken <= total) the database enforces — then booked through OfferBooking (the assignments
 * service's own path, given the rules the offer keeps; it locks the worker row, so it runs outside any transaction of ours);
 * when booking is refused the reservation is given back. Concurrent acceptances of the last hours
 * therefore reserve them once, and exactly one assignment is made.
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TRAINING_RECORDS) private readonly trainingRecords: TrainingRecords,
    private readonly assignments: AssignmentsService,
    @Inject(TASK_DETAILS_SOURCE) private readonly taskDetails: TaskDetailsSource,
    private readonly booking: OfferBooking,
    private readonly notices: WorkNotices,
  ) {}

  /** A director offers a task's hours; the server picks the recipients among the org's own workers. */
  async create(orgId: string, input: CreateOfferInput, actor: AuthContext): Promise<Offer> {
    const days = daysInclusive(input.periodFrom, input.periodTo);
    if (days < 1 || days > MAX_PERIOD_DAYS)
      throw new OffersError('INVALID_PERIOD', `The period must run forward and last at most ${MAX_PERIOD_DAYS} days.`);
    if (input.minimumMinutes > input.totalMinutes)
      throw new OffersError('INVALID_MINUTES', 'The minimum share cannot exceed the minutes offered.');
    checkRates(input);
    const ownTask = input.taskOrgId === orgId;
    // What the work requires, from the task's owner (and, for another member's task, the approved
    // claim and its offer's stage and trainings): the same reads and rules as a director's booking.
    const { rules, share } = await this.assignments.ownerRules(orgId, input, actor);
    // What the worker will see of the task, read now with the director's token: the worker's own
    // token, accepting later, may not read the owner's task.
    const details = await this.taskDetails.details(actor, orgId, input);
    const requirements = {
      taskIsOtherMembers: !ownTask,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      minimumMinutes: input.minimumMinutes,
      requiredItStage: rules.itStage,
      requiredBusinessStage: rules.businessStage,
      confidential: rules.confidential,
    };

    const candidates = await this.dataSource.manager
      .getRepository(WorkerEntity)
      .createQueryBuilder('w')
      .where('w.org_id = :orgId AND w.status = :active', { orgId, active: WorkerStatus.ACTIVE })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = w.id AND a.task_org_id = :taskOrgId AND a.task_id = :taskId)',
        input,
      )
      .getMany();
    const booked = await this.bookedByWorker(
      candidates.map((w) => w.id),
      input.periodFrom,
      input.periodTo,
    );
    const fit = candidates.filter((w) => ineligibility(w, booked.get(w.id) ?? new Map(), requirements) === null);
    const trained = await inBatches(fit, TRAINING_CHECKS_IN_FLIGHT, async (w) =>
      (await this.trainingRecords.missingTrainings(orgId, w.id, rules.trainings, actor)).length === 0 ? w : null,
    );
    const recipients = trained.filter((w): w is WorkerEntity => w !== null).map((w) => w.id);
    if (recipients.length === 0)
      throw new OffersError('NO_ELIGIBLE_WORKERS', 'No worker of the org meets the requirements with room for the minimum share.');

    const offerId = await this.dataSource.transaction(async (manager) => {
      const [offer] = await manager.query(
        `INSERT INTO offers (org_id, task_org_id, task_id, claim_id, claim_approved_minutes, note, period_from, period_to, total_minutes, minimum_minutes, pay_basis,
           hourly_rate_yen, piece_rate_yen, withholding, required_it_stage, required_business_stage, required_trainings, confidential, task_details, mode, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
        [
          orgId,
          input.taskOrgId,
          input.taskId,
          share?.claimId ?? null,
          share?.approvedMinutes ?? null,
          input.note ?? null,
          input.periodFrom,
          input.periodTo,
          input.totalMinutes,
          input.minimumMinutes,
          input.payBasis,
          input.hourlyRateYen?.toString() ?? null,
          input.pieceRateYen?.toString() ?? null,
          rules.withholding,
          rules.itStage,
          rules.businessStage,
          rules.trainings,
          rules.confidential,
          details === null ? null : JSON.stringify(details),
          input.mode,
          actor.userId,
        ],
      );
      await manager.query(`INSERT INTO offer_recipients (offer_id, worker_id) SELECT $1, unnest($2::uuid[])`, [offer.id, recipients]);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'offer.create',
        entityType: 'Offer',
        entityId: offer.id,
        detail: {
          after: { ...input, hourlyRateYen: input.hourlyRateYen?.toString(), pieceRateYen: input.pieceRateYen?.toString() },
          rules: { ...rules },
          claimId: share?.claimId ?? null,
          recipients,
        },
      });
      return offer.id as string;
    });
    await this.notices.send({ kind: 'OFFER_MADE', orgId, offerId, workerIds: recipients });
    return (await this.forStaff(orgId, { ids: [offerId] }))[0];
  }

  /** Staff: the org's offers with every recipient's answer (two queries), newest first. */
  async forStaff(
    orgId: string,
    filter: { ids?: string[]; status?: OfferStatus },
    page: OfferPageRequest = { first: 100 },
  ): Promise<Offer[]> {
    const cursor = page.after ? decodeCursor(page.after) : null;
    const rows = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS} FROM offers o WHERE o.org_id = $1 AND ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[])) AND ($3::text IS NULL OR o.status = $3)
          AND ($4::timestamptz IS NULL OR (o.created_at, o.id) < ($4::timestamptz, $5::uuid))
        ORDER BY o.created_at DESC, o.id DESC LIMIT $6`,
      [orgId, filter.ids ?? null, filter.status ?? null, cursor?.at ?? null, cursor?.id ?? null, page.first + 1],
    )) as OfferRow[];
    const recipients = (await this.dataSource.query(
      `SELECT offer_id AS "offerId", worker_id AS "workerId", response, minutes, assignment_id AS "assignmentId", responded_at AS "respondedAt"
         FROM offer_recipients WHERE offer_id = ANY($1::uuid[]) ORDER BY responded_at NULLS LAST, worker_id`,
      [rows.map((r) => r.id)],
    )) as (OfferRecipient & { offerId: string })[];
    return rows.map((row) => ({
      ...toOffer(row),
      recipientRows: recipients
        .filter((r) => r.offerId === row.id)
        .map((r) => ({
          workerId: r.workerId,
          response: r.response,
          minutes: r.minutes,
          assignmentId: r.assignmentId,
          respondedAt: r.respondedAt,
        })),
    }));
  }

  async pageForStaff(orgId: string, status: OfferStatus | undefined, page: OfferPageRequest): Promise<Page<Offer>> {
    return pageOf(await this.forStaff(orgId, { status }, page), page.first);
  }

  /** A worker's own offers, newest first: open ones, and any they have answered other than by declining. */
  async forWorker(orgId: string, workerId: string, page: OfferPageRequest = { first: 100 }): Promise<Offer[]> {
    const cursor = page.after ? decodeCursor(page.after) : null;
    const rows = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS}, r.response AS "myResponse", r.minutes AS "myMinutes", r.assignment_id AS "myAssignmentId"
         FROM offers o JOIN offer_recipients r ON r.offer_id = o.id
        WHERE o.org_id = $1 AND r.worker_id = $2 AND (o.status = 'OPEN' OR r.response IN ('RAISED', 'BOOKING', 'ACCEPTED'))
          AND ($3::timestamptz IS NULL OR (o.created_at, o.id) < ($3::timestamptz, $4::uuid))
        ORDER BY o.created_at DESC, o.id DESC LIMIT $5`,
      [orgId, workerId, cursor?.at ?? null, cursor?.id ?? null, page.first + 1],
    )) as MyRow[];
    return rows.map(toOffer);
  }

  async pageForWorker(orgId: string, workerId: string, page: OfferPageRequest): Promise<Page<Offer>> {
    return pageOf(await this.forWorker(orgId, workerId, page), page.first);
  }

  /**
   * A worker accepts: in a FIRST_COME offer the hours are theirs at once (booked); in a
   * DIRECTOR_PICKS offer they raise a hand with the minutes they would take.
   */
  async accept(orgId: string, workerId: string, offerId: string, minutes: number, actor: AuthContext): Promise<Offer> {
    const { offer, mine } = await this.offerTo(orgId, offerId, workerId);
    if (mine.response === OfferResponse.ACCEPTED || mine.response === OfferResponse.BOOKING)
      throw new OffersError('OFFER_ALREADY_ACCEPTED', 'You have already taken hours of this offer.');
    this.checkMinutes(offer, minutes);
    if (offer.confidential) {
      const [worker] = await this.dataSource.query(`SELECT nda_signed_on FROM workers WHERE org_id = $1 AND id = $2`, [orgId, workerId]);
      if (!worker?.nda_signed_on) throw new OffersError('NDA_REQUIRED', 'Confidential work needs an NDA on file.');
    }
    if (offer.mode === OfferMode.DIRECTOR_PICKS) {
      const raised = await this.dataSource.query(
        `UPDATE offer_recipients SET response = 'RAISED', minutes = $3, responded_at = now() WHERE offer_id = $1 AND worker_id = $2 AND response IN ('PENDING', 'DECLINED', 'RAISED') RETURNING 1`,
        [offerId, workerId, minutes],
      );
      if (raised[1] === 0) throw new OffersError('OFFER_ALREADY_ACCEPTED', 'You have already taken hours of this offer.');
      await this.notices.send({ kind: 'OFFER_TAKEN', orgId, offerId, workerId, assignmentId: null, createdBy: offer.createdBy });
    } else {
      await this.take(orgId, offer, workerId, minutes, [OfferResponse.PENDING, OfferResponse.DECLINED], actor);
    }
    return (await this.offerTo(orgId, offerId, workerId)).offer;
  }

  async decline(orgId: string, workerId: string, offerId: string): Promise<Offer> {
    const { offer } = await this.offerTo(orgId, offerId, workerId);
    const result = await this.dataSource.query(
      `UPDATE offer_recipients SET response = 'DECLINED', minutes = NULL, responded_at = now() WHERE offer_id = $1 AND worker_id = $2 AND response IN ('PENDING', 'RAISED', 'DECLINED')`,
      [offerId, workerId],
    );
    if (result[1] === 0) throw new OffersError('OFFER_ALREADY_ACCEPTED', 'You have already taken hours of this offer.');
    return { ...offer, myResponse: OfferResponse.DECLINED, myMinutes: null, myAssignmentId: null };
  }

  /** DIRECTOR_PICKS: the director books a worker who raised a hand, for the minutes they asked. */
  async pick(orgId: string, offerId: string, workerId: string, actor: AuthContext): Promise<Offer> {
    const [offer] = await this.forStaff(orgId, { ids: [offerId] });
    if (!offer) throw new OffersError('OFFER_NOT_FOUND', 'No such offer.');
    const mine = (offer.recipientRows ?? []).find((r) => r.workerId === workerId);
    if (!mine || mine.response !== OfferResponse.RAISED || mine.minutes === null)
      throw new OffersError('HAND_NOT_RAISED', 'The worker has not raised a hand for this offer.');
    if (offer.status !== OfferStatus.OPEN) throw new OffersError('OFFER_CLOSED', `The offer is ${offer.status}.`);
    await this.take(orgId, offer as Offer & { createdBy: string }, workerId, mine.minutes, [OfferResponse.RAISED], actor);
    return (await this.forStaff(orgId, { ids: [offerId] }))[0];
  }

  async withdraw(orgId: string, offerId: string, actor: AuthContext): Promise<Offer> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.query(`UPDATE offers SET status = 'WITHDRAWN' WHERE org_id = $1 AND id = $2 AND status = 'OPEN'`, [
        orgId,
        offerId,
      ]);
      if (result[1] === 0) throw new OffersError('OFFER_CLOSED', 'Only an open offer of this org can be withdrawn.');
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'offer.withdraw',
        entityType: 'Offer',
        entityId: offerId,
        detail: {},
      });
    });
    return (await this.forStaff(orgId, { ids: [offerId] }))[0];
  }

  /** Reserve on the offer, book through the assignments service, give the reservation back if booking is refused. */
  private async take(
    orgId: string,
    offer: Offer & { createdBy: string },
    workerId: string,
    minutes: number,
    from: OfferResponse[],
    actor: AuthContext,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const reserved = await manager.query(
        `UPDATE offers SET taken_minutes = taken_minutes + $3, status = CASE WHEN taken_minutes + $3 = total_minutes THEN 'FILLED' ELSE 'OPEN' END
          WHERE org_id = $1 AND id = $2 AND status = 'OPEN' AND taken_minutes + $3 <= total_minutes
            AND ($3 >= minimum_minutes OR taken_minutes + $3 = total_minutes)`,
        [orgId, offer.id, minutes],
      );
      if (reserved[1] === 0) await this.refuseReservation(manager, offer.id);
      const answered = await manager.query(
        `UPDATE offer_recipients SET response = 'BOOKING', minutes = $3, responded_at = now() WHERE offer_id = $1 AND worker_id = $2 AND response = ANY($4::text[])`,
        [offer.id, workerId, minutes, from],
      );
      if (answered[1] === 0) throw new OffersError('OFFER_ALREADY_ACCEPTED', 'The worker has already taken hours of this offer.');
    });
    let assignmentId: string;
    try {
      assignmentId = (await this.booking.book(orgId, offer, workerId, minutes, actor)).id;
    } catch (error) {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `UPDATE offers SET taken_minutes = taken_minutes - $2, status = CASE WHEN status = 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'OPEN' END WHERE id = $1`,
          [offer.id, minutes],
        );
        await manager.query(
          `UPDATE offer_recipients SET response = $3, minutes = CASE WHEN $3 = 'RAISED' THEN minutes END WHERE offer_id = $1 AND worker_id = $2`,
          [offer.id, workerId, from.includes(OfferResponse.RAISED) ? OfferResponse.RAISED : OfferResponse.PENDING],
        );
      });
      throw error;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE offer_recipients SET response = 'ACCEPTED', assignment_id = $3 WHERE offer_id = $1 AND worker_id = $2`, [
        offer.id,
        workerId,
        assignmentId,
      ]);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'offer.take',
        entityType: 'Offer',
        entityId: offer.id,
        detail: { workerId, minutes, assignmentId },
      });
    });
    await this.notices.send({ kind: 'OFFER_TAKEN', orgId, offerId: offer.id, workerId, assignmentId, createdBy: offer.createdBy });
  }

  /** Says why a reservation found no row: the offer closed, or the hours asked are no longer there. */
  private async refuseReservation(manager: EntityManager, offerId: string): Promise<never> {
    const [now] = await manager.query(`SELECT status, total_minutes - taken_minutes AS remaining FROM offers WHERE id = $1`, [offerId]);
    if (now.status !== OfferStatus.OPEN) throw new OffersError('OFFER_CLOSED', `The offer is ${now.status}.`, { status: now.status });
    throw new OffersError('OFFER_HOURS_UNAVAILABLE', `Only ${now.remaining} minutes are left.`, { remainingMinutes: now.remaining });
  }

  private checkMinutes(offer: Offer, minutes: number): void {
    if (offer.status !== OfferStatus.OPEN) throw new OffersError('OFFER_CLOSED', `The offer is ${offer.status}.`, { status: offer.status });
    const least = Math.min(offer.minimumMinutes, offer.remainingMinutes);
    if (minutes < least || minutes > offer.remainingMinutes) {
      throw new OffersError('OFFER_HOURS_UNAVAILABLE', `Take ${least} to ${offer.remainingMinutes} minutes.`, {
        remainingMinutes: offer.remainingMinutes,
        minimumMinutes: least,
      });
    }
  }

  /** The offer as made to this worker; OFFER_NOT_FOUND when it was not (or is another org's). */
  private async offerTo(
    orgId: string,
    offerId: string,
    workerId: string,
  ): Promise<{ offer: Offer & { createdBy: string }; mine: { response: OfferResponse } }> {
    const [row] = (await this.dataSource.query(
      `SELECT ${OFFER_COLUMNS}, r.response AS "myResponse", r.minutes AS "myMinutes", r.assignment_id AS "myAssignmentId"
         FROM offers o JOIN offer_recipients r ON r.offer_id = o.id WHERE o.org_id = $1 AND o.id = $2 AND r.worker_id = $3`,
      [orgId, offerId, workerId],
    )) as MyRow[];
    if (!row) throw new OffersError('OFFER_NOT_FOUND', 'No such offer was made to you.');
    return { offer: toOffer(row), mine: { response: row.myResponse } };
  }

  private async bookedByWorker(workerIds: string[], from: string, to: string): Promise<Map<string, Map<string, number>>> {
    const rows = (await this.dataSource.query(
      `SELECT worker_id AS "workerId", to_char(month, 'YYYY-MM-DD') AS month, booked_minutes AS minutes FROM worker_month_bookings
        WHERE worker_id = ANY($1::uuid[]) AND month BETWEEN date_trunc('month', $2::date) AND $3::date`,
      [workerIds, from, to],
    )) as { workerId: string; month: string; minutes: number }[];
    const byWorker = new Map<string, Map<string, number>>();
    for (const row of rows) byWorker.set(row.workerId, (byWorker.get(row.workerId) ?? new Map()).set(row.month, row.minutes));
    return byWorker;
  }
}
