import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { SkillStage } from '@kyodo/domain';
import { PayBasis } from '../assignments/pay-basis.enum';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { TimeEntryEntity } from '../time-entries/time-entry.entity';
import { toDayAvailability, toStoredAvailability } from '../workers/weekly-availability';
import { checkDateOfBirth } from '../workers/date-of-birth';
import { findOwnWorker } from '../workers/own-worker';
import { WorkerEntity } from '../workers/worker.entity';
import { BankAccount, MaskedBankAccount } from './bank-account.model';
import { BankAccountInput } from './dto/bank-account.input';
import { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { MeError } from './me.errors';
import { MyAssignment, MyAssignmentStatus } from './my-assignment.model';
import { MyProfile } from './my-profile.model';

/** Without a member policy a worker may set the same cap staff may (RegisterWorkerInput: 0 to 200). */
const DEFAULT_HOUR_CAP_LIMIT = 200;
const OWN_ENTRIES_LIMIT = 500;

const tokyoToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

interface AssignmentRow {
  id: string;
  org_id: string;
  task_org_id: string;
  task_id: string;
  task_title: string | null;
  order_title: string | null;
  client_label: string | null;
  deadline: string | null;
  period_from: string;
  period_to: string;
  pay_basis: PayBasis;
  hourly_rate_yen: string | null;
  piece_rate_yen: string | null;
  withholding: boolean;
  planned_minutes: number;
  logged_minutes: number;
  approved_minutes: number;
  required_trainings: string[];
  required_it_stage: SkillStage | null;
  required_business_stage: SkillStage | null;
}

/**
 * The worker's own view. Every read starts from the caller's token: the worker is the record of
 * this org linked to the token's subject, and every query is scoped to that worker's id, so no
 * argument can reach another worker's rows.
 */
@Injectable()
export class MeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SensitiveDataCipher,
  ) {}

  /** The caller's worker record at this org; refused for a login of another org or linked to none. */
  async workerOf(orgId: string, actor: AuthContext, manager: EntityManager = this.dataSource.manager): Promise<WorkerEntity> {
    if (actor.orgId !== orgId) throw new AuthError('FORBIDDEN', 'A worker reads and changes their own record at their own org only.');
    const worker = await findOwnWorker(manager, orgId, actor);
    if (!worker) throw new MeError('NOT_A_REGISTERED_WORKER', 'Your login is linked to no worker of this org.');
    return worker;
  }

  async assignments(orgId: string, actor: AuthContext): Promise<MyAssignment[]> {
    const worker = await this.workerOf(orgId, actor);
    const rows: AssignmentRow[] = await this.dataSource.query(
      `SELECT a.id, a.org_id, a.task_org_id, a.task_id, d.task_title, d.order_title, d.client_label, to_char(d.deadline, 'YYYY-MM-DD') AS deadline,
              to_char(a.period_from, 'YYYY-MM-DD') AS period_from, to_char(a.period_to, 'YYYY-MM-DD') AS period_to,
              a.pay_basis, a.hourly_rate_yen::text, a.piece_rate_yen::text, a.withholding, a.planned_minutes,
              a.required_trainings, a.required_it_stage, a.required_business_stage,
              coalesce((SELECT sum(e.minutes) FROM time_entries e WHERE e.assignment_id = a.id AND e.status <> 'RETURNED'), 0)::int AS logged_minutes,
              coalesce((SELECT sum(e.minutes) FROM time_entries e WHERE e.assignment_id = a.id AND e.status = 'APPROVED'), 0)::int AS approved_minutes
       FROM assignments a LEFT JOIN assignment_task_details d ON d.assignment_id = a.id
       WHERE a.org_id = $1 AND a.worker_id = $2
       ORDER BY a.period_from, a.created_at`,
      [orgId, worker.id],
    );
    const today = tokyoToday();
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      taskOrgId: r.task_org_id,
      taskId: r.task_id,
      taskTitle: r.task_title,
      orderTitle: r.order_title,
      clientLabel: r.client_label,
      deadline: r.deadline,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      status:
        today < r.period_from ? MyAssignmentStatus.UPCOMING : today > r.period_to ? MyAssignmentStatus.ENDED : MyAssignmentStatus.ACTIVE,
      payBasis: r.pay_basis,
      hourlyRateYen: r.hourly_rate_yen === null ? null : BigInt(r.hourly_rate_yen),
      pieceRateYen: r.piece_rate_yen === null ? null : BigInt(r.piece_rate_yen),
      withholding: r.withholding,
      plannedMinutes: r.planned_minutes,
      loggedMinutes: r.logged_minutes,
      approvedMinutes: r.approved_minutes,
      requiredTrainings: r.required_trainings,
      requiredItStage: r.required_it_stage,
      requiredBusinessStage: r.required_business_stage,
    }));
  }

  /** Newest first; a returned entry carries the director's reason (reviewComment). */
  async timeEntries(orgId: string, actor: AuthContext, month: string | undefined): Promise<TimeEntryEntity[]> {
    const worker = await this.workerOf(orgId, actor);
    const query = this.dataSource
      .getRepository(TimeEntryEntity)
      .createQueryBuilder('e')
      .where('e.org_id = :orgId AND e.worker_id = :workerId', { orgId, workerId: worker.id })
      .orderBy('e.work_date', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .limit(OWN_ENTRIES_LIMIT);
    if (month)
      query.andWhere(`e.work_date >= CAST(:first AS date) AND e.work_date < CAST(:first AS date) + interval '1 month'`, {
        first: `${month}-01`,
      });
    return query.getMany();
  }

  async profile(orgId: string, actor: AuthContext): Promise<MyProfile> {
    const worker = await this.workerOf(orgId, actor);
    return this.profileOf(worker, this.dataSource.manager);
  }

  /** Changes what the worker may change of their own record, audited without the contact details themselves. */
  async updateProfile(orgId: string, actor: AuthContext, input: UpdateMyProfileInput): Promise<MyProfile> {
    const availability = input.weeklyAvailability ? toStoredAvailability(input.weeklyAvailability) : null;
    checkDateOfBirth(input.dateOfBirth);
    return this.dataSource.transaction(async (manager) => {
      const worker = await this.workerOf(orgId, actor, manager);
      await manager.query(`SELECT 1 FROM workers WHERE id = $1 FOR UPDATE`, [worker.id]);
      if (input.monthlyHourCap !== undefined) {
        const limit = await this.hourCapLimit(manager, orgId);
        if (input.monthlyHourCap > limit)
          throw new MeError('HOUR_CAP_OVER_LIMIT', `The member allows at most ${limit} hours a month.`, { limit });
      }
      const change: Partial<WorkerEntity> = {
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
        ...(input.dateOfBirth !== undefined ? { dateOfBirth: input.dateOfBirth } : {}),
        ...(availability ? { availabilityMinutes: availability.minutes, availabilityWindows: availability.windows } : {}),
        ...(input.monthlyHourCap !== undefined ? { monthlyHourCap: input.monthlyHourCap } : {}),
        ...(input.consortiumConsent !== undefined ? { consortiumConsent: input.consortiumConsent } : {}),
      };
      if (Object.keys(change).length > 0) await manager.update(WorkerEntity, { orgId, id: worker.id }, change);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'worker.self-update',
        entityType: 'Worker',
        entityId: worker.id,
        // Which fields changed; contact details are personal data and stay out of the log.
        detail: {
          fields: Object.keys(change),
          ...(input.monthlyHourCap !== undefined ? { monthlyHourCap: input.monthlyHourCap } : {}),
          ...(input.consortiumConsent !== undefined ? { consortiumConsent: input.consortiumConsent } : {}),
        },
      });
      return this.profileOf(Object.assign(worker, change), manager);
    });
  }

  /** Sealed with the node's data key, bound to the worker; the audit records that it changed, never the account. */
  async setBankAccount(orgId: string, actor: AuthContext, input: BankAccountInput): Promise<MyProfile> {
    return this.dataSource.transaction(async (manager) => {
      const worker = await this.workerOf(orgId, actor, manager);
      await this.sealBankAccount(manager, worker.id, input, actor);
      return this.profileOf(worker, manager);
    });
  }

  /** An org admin enters a worker's pay account from the worker's signed form (a worker without a login, say). */
  async setWorkerBankAccount(orgId: string, actor: AuthContext, workerId: string, input: BankAccountInput): Promise<MaskedBankAccount> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(WorkerEntity, { orgId, id: workerId })))
        throw new MeError('WORKER_NOT_FOUND', `No worker ${workerId} in this org.`);
      return masked(await this.sealBankAccount(manager, workerId, input, actor));
    });
  }

  /** Seals the account to its worker and audits the change (never its content). */
  private async sealBankAccount(
    manager: EntityManager,
    workerId: string,
    input: BankAccountInput,
    actor: AuthContext,
  ): Promise<BankAccount> {
    const account: BankAccount = {
      bankCode: input.bankCode,
      branchCode: input.branchCode,
      accountType: input.accountType,
      accountNumber: input.accountNumber,
      holderKana: input.holderKana,
    };
    const sealed = this.cipher.seal(JSON.stringify(account), `bank-account:${workerId}`);
    await manager.query(
      `INSERT INTO worker_bank_accounts (worker_id, iv, ciphertext, auth_tag) VALUES ($1, $2, $3, $4)
       ON CONFLICT (worker_id) DO UPDATE SET iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag, updated_at = now()`,
      [workerId, sealed.iv, sealed.ciphertext, sealed.authTag],
    );
    await appendAudit(manager, {
      actorId: actor.userId,
      actorOrgId: actor.orgId,
      action: 'worker.bank-account.set',
      entityType: 'Worker',
      entityId: workerId,
      detail: {},
    });
    return account;
  }

  /** The whole account, for paying the worker (the Zengin transfer file); null until the worker set one. */
  async bankAccountOf(manager: EntityManager, workerId: string): Promise<BankAccount | null> {
    const rows: { iv: Buffer; ciphertext: Buffer; auth_tag: Buffer }[] = await manager.query(
      `SELECT iv, ciphertext, auth_tag FROM worker_bank_accounts WHERE worker_id = $1`,
      [workerId],
    );
    if (rows.length === 0) return null;
    const { iv, ciphertext, auth_tag: authTag } = rows[0];
    return JSON.parse(this.cipher.open({ iv, ciphertext, authTag }, `bank-account:${workerId}`)) as BankAccount;
  }

  async setHourCapLimit(orgId: string, actor: AuthContext, limit: number): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO member_worker_policies (org_id, max_monthly_hour_cap) VALUES ($1, $2)
         ON CONFLICT (org_id) DO UPDATE SET max_monthly_hour_cap = EXCLUDED.max_monthly_hour_cap, updated_at = now()`,
        [orgId, limit],
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'member.worker-hour-limit.set',
        entityType: 'Member',
        entityId: orgId,
        detail: { limit },
      });
    });
    return limit;
  }

  private async hourCapLimit(manager: EntityManager, orgId: string): Promise<number> {
    const rows: { max_monthly_hour_cap: number }[] = await manager.query(
      `SELECT max_monthly_hour_cap FROM member_worker_policies WHERE org_id = $1`,
      [orgId],
    );
    return rows[0]?.max_monthly_hour_cap ?? DEFAULT_HOUR_CAP_LIMIT;
  }

  private async profileOf(worker: WorkerEntity, manager: EntityManager): Promise<MyProfile> {
    const account = await this.bankAccountOf(manager, worker.id);
    return {
      workerId: worker.id,
      orgId: worker.orgId,
      familyName: worker.familyName,
      givenName: worker.givenName,
      email: worker.email,
      phone: worker.phone,
      address: worker.address,
      dateOfBirth: worker.dateOfBirth,
      weeklyAvailability: toDayAvailability({ minutes: worker.availabilityMinutes, windows: worker.availabilityWindows }),
      monthlyHourCap: worker.monthlyHourCap,
      monthlyHourCapLimit: await this.hourCapLimit(manager, worker.orgId),
      consortiumConsent: worker.consortiumConsent,
      bankAccount: account ? masked(account) : null,
    };
  }
}

/** Enough to recognise the account, never the whole number. */
function masked(account: BankAccount): MaskedBankAccount {
  return {
    bankCode: account.bankCode,
    branchCode: account.branchCode,
    accountType: account.accountType,
    accountNumberLast3: account.accountNumber.slice(-3),
    holderKana: account.holderKana,
  };
}
