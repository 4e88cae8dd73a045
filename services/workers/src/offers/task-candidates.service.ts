import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { TRAINING_RECORDS, TrainingRecords } from '../assignments/training-records';
import { AssignmentsService } from '../assignments/assignments.service';
import { daysInclusive } from '../common/date-range';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { rankCandidates } from './candidate-ranking';
import { TaskCandidatesArgs } from './dto/task-candidates.args';
import { freeMinutes, ineligibilities } from './offer-eligibility';
import { OffersError } from './offers.errors';
import { CandidateIneligibility, TaskCandidate, TaskCandidates } from './task-candidate.model';

const MAX_PERIOD_DAYS = 366;
/** Training checks run this many at a time (one request each to the training node), as for offers. */
const TRAINING_CHECKS_IN_FLIGHT = 8;

/**
 * 要員配置: who of the org's active workers may be booked on a task, by the rules the booking
 * itself enforces (createAssignment, createOffer): the owner's stages, trainings and
 * confidentiality for the task, the NDA, consent for another member's task, and room under the
 * monthly cap and availability after what is booked. It reads only; the booking checks again.
 */
@Injectable()
export class TaskCandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TRAINING_RECORDS) private readonly trainingRecords: TrainingRecords,
    private readonly assignments: AssignmentsService,
  ) {}

  async list(orgId: string, args: TaskCandidatesArgs, actor: AuthContext): Promise<TaskCandidates> {
    const days = daysInclusive(args.periodFrom, args.periodTo);
    if (days < 1 || days > MAX_PERIOD_DAYS)
      throw new OffersError('INVALID_PERIOD', `The period must run forward and last at most ${MAX_PERIOD_DAYS} days.`);
    const { rules } = await this.assignments.ownerRules(orgId, args, actor);
    const requirements = {
      taskIsOtherMembers: args.taskOrgId !== orgId,
      periodFrom: args.periodFrom,
      periodTo: args.periodTo,
      minimumMinutes: args.minutes,
      requiredItStage: rules.itStage,
      requiredBusinessStage: rules.businessStage,
      confidential: rules.confidential,
    };
    const workers = await this.dataSource.manager.getRepository(WorkerEntity).findBy({ orgId, status: WorkerStatus.ACTIVE });
    const ids = workers.map((w) => w.id);
    const assigned = new Set(
      (
        (await this.dataSource.query(
          `SELECT DISTINCT worker_id AS "workerId" FROM assignments WHERE org_id = $1 AND task_org_id = $2 AND task_id = $3 AND worker_id = ANY($4::uuid[])`,
          [orgId, args.taskOrgId, args.taskId, ids],
        )) as { workerId: string }[]
      ).map((row) => row.workerId),
    );
    const booked = await this.bookedByWorker(ids, args.periodFrom, args.periodTo);
    const candidates: TaskCandidate[] = [];
    for (let i = 0; i < workers.length; i += TRAINING_CHECKS_IN_FLIGHT) {
      const batch = workers.slice(i, i + TRAINING_CHECKS_IN_FLIGHT);
      candidates.push(
        ...(await Promise.all(
          batch.map(async (worker): Promise<TaskCandidate> => {
            const bookedByMonth = booked.get(worker.id) ?? new Map<string, number>();
            const missingTrainings =
              rules.trainings.length === 0 ? [] : await this.trainingRecords.missingTrainings(orgId, worker.id, rules.trainings, actor);
            const reasons: CandidateIneligibility[] = ineligibilities(worker, bookedByMonth, requirements)
              .filter((reason) => reason !== 'INACTIVE')
              .map((reason): CandidateIneligibility => CandidateIneligibility[reason]);
            if (missingTrainings.length > 0)
              reasons.splice(1 + reasons.indexOf(CandidateIneligibility.STAGE_TOO_LOW), 0, CandidateIneligibility.TRAINING_MISSING);
            if (assigned.has(worker.id)) reasons.push(CandidateIneligibility.ALREADY_ASSIGNED);
            return { worker, reasons, missingTrainings, freeMinutes: freeMinutes(worker, bookedByMonth, requirements) };
          }),
        )),
      );
    }
    return { ...rankCandidates(candidates), requiredTrainings: [...rules.trainings] };
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
