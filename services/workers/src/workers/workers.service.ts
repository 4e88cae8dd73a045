import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { hasAnyRole, Role, type AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation, uuidsOnly } from '@kyodo/database';
import { SkillStage } from '@kyodo/domain';
import { decodeCursor, Page, toPage } from '@kyodo/subgraph';
import { checkDateOfBirth } from './date-of-birth';
import { RegisterWorkerInput } from './dto/register-worker.input';
import type { UpdateWorkerInput } from './dto/update-worker.input';
import { WorkerEntity } from './worker.entity';
import { WorkerStatus } from './worker-status.enum';
import { toStoredAvailability } from './weekly-availability';
import { WorkersError } from './workers.errors';

export interface WorkerFilter {
  status?: WorkerStatus;
}

@Injectable()
export class WorkersService {
  constructor(@InjectRepository(WorkerEntity) private readonly workers: Repository<WorkerEntity>) {}

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(orgId: string, filter: WorkerFilter, first: number, after?: string): Promise<Page<WorkerEntity>> {
    const query = this.workers
      .createQueryBuilder('w')
      .where('w.org_id = :orgId', { orgId })
      .orderBy('w.created_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .limit(first + 1);
    if (filter.status) query.andWhere('w.status = :status', { status: filter.status });
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(w.created_at, w.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    }
    const rows = await query.getMany();
    return toPage(rows, first, (w) => ({ at: w.createdAt.toISOString(), id: w.id }));
  }

  get(orgId: string, id: string): Promise<WorkerEntity | null> {
    return this.workers.findOneBy({ orgId, id });
  }

  /** Ids that are not UUIDs cannot match and would make PostgreSQL fail the whole batch. */
  async getMany(orgId: string, ids: readonly string[]): Promise<WorkerEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? [] : this.workers.findBy({ orgId, id: In(valid) });
  }

  /** The worker record linked to a Keycloak user: what a worker-role caller sees as `me`. */
  findByUser(orgId: string, userId: string): Promise<WorkerEntity | null> {
    return this.workers.findOneBy({ orgId, userId });
  }

  /**
   * Registers a worker, at stage A on both axes unless an org admin places them higher with a
   * written reason (an assessment on record): a stage decision outside the skill map's promotions,
   * so it is the org admin's, like an override, and audited with the registration.
   */
  async register(orgId: string, input: RegisterWorkerInput, actor: AuthContext): Promise<WorkerEntity> {
    const placed = input.itStage !== SkillStage.A || input.businessStage !== SkillStage.A;
    if (placed && (!hasAnyRole(actor, [Role.OrgAdmin]) || !input.stageReason?.trim())) {
      throw new WorkersError(
        'STAGE_NEEDS_ORG_ADMIN_AND_REASON',
        'A worker starts at stage A; only an org admin places one higher, with the reason.',
        {
          itStage: input.itStage,
          businessStage: input.businessStage,
        },
      );
    }
    if (input.contractStart && input.contractEnd && input.contractStart > input.contractEnd) {
      throw new WorkersError(
        'INVALID_CONTRACT_PERIOD',
        `The contract ends (${input.contractEnd}) before it starts (${input.contractStart}).`,
      );
    }
    checkDateOfBirth(input.dateOfBirth);
    const availability = toStoredAvailability(input.weeklyAvailability);
    try {
      return await this.workers.manager.transaction(async (manager) => {
        const worker = await manager.save(
          manager.create(WorkerEntity, {
            orgId,
            status: WorkerStatus.REGISTERED,
            familyName: input.familyName,
            givenName: input.givenName,
            familyNameKana: input.familyNameKana,
            givenNameKana: input.givenNameKana,
            email: input.email ?? null,
            phone: input.phone ?? null,
            address: input.address ?? null,
            userId: input.userId ?? null,
            contractStart: input.contractStart ?? null,
            contractEnd: input.contractEnd ?? null,
            ndaSignedOn: input.ndaSignedOn ?? null,
            dateOfBirth: input.dateOfBirth ?? null,
            workLocation: input.workLocation,
            availabilityMinutes: availability.minutes,
            availabilityWindows: availability.windows,
            itStage: input.itStage,
            businessStage: input.businessStage,
            skillTags: input.skillTags,
            monthlyHourCap: input.monthlyHourCap,
            consortiumConsent: input.consortiumConsent,
          }),
        );
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'worker.register',
          entityType: 'Worker',
          entityId: worker.id,
          detail: { itStage: worker.itStage, businessStage: worker.businessStage, ...(placed ? { stageReason: input.stageReason } : {}) },
        });
        return worker;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'workers_org_user'))
        throw new WorkersError('USER_ALREADY_LINKED', 'Another worker of this org is linked to that user.');
      throw error;
    }
  }

  /**
   * Corrects a worker's record. Names, kana, hour cap and flags cannot be cleared; the rest may be.
   * Audited with the names of the fields changed, not their values: the log is read more widely
   * than the record, and personal data stays in the record.
   */
  async update(orgId: string, id: string, input: UpdateWorkerInput, actor: AuthContext): Promise<WorkerEntity> {
    const required = [
      'familyName',
      'givenName',
      'familyNameKana',
      'givenNameKana',
      'monthlyHourCap',
      'consortiumConsent',
      'skillTags',
    ] as const;
    const cleared = required.filter((field) => field in input && input[field] === null);
    if (cleared.length > 0)
      throw new WorkersError('WORKER_FIELD_REQUIRED', `These fields cannot be cleared: ${cleared.join(', ')}.`, { fields: cleared });
    return this.workers.manager.transaction(async (manager) => {
      const worker = await manager.findOne(WorkerEntity, { where: { orgId, id }, lock: { mode: 'pessimistic_write' } });
      if (!worker) throw new WorkersError('WORKER_NOT_FOUND', `No worker ${id} in ${orgId}.`);
      const { weeklyAvailability, ...fields } = input;
      const changed = Object.keys(fields).filter((key) => fields[key as keyof typeof fields] !== undefined);
      Object.assign(worker, Object.fromEntries(changed.map((key) => [key, fields[key as keyof typeof fields]])));
      if (weeklyAvailability) {
        const availability = toStoredAvailability(weeklyAvailability);
        worker.availabilityMinutes = availability.minutes;
        worker.availabilityWindows = availability.windows;
        changed.push('weeklyAvailability');
      }
      if (worker.contractStart && worker.contractEnd && worker.contractStart > worker.contractEnd)
        throw new WorkersError(
          'INVALID_CONTRACT_PERIOD',
          `The contract ends (${worker.contractEnd}) before it starts (${worker.contractStart}).`,
        );
      if (changed.length === 0) return worker;
      await manager.save(worker);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'worker.update',
        entityType: 'Worker',
        entityId: id,
        detail: { fields: changed },
      });
      return worker;
    });
  }

  /** Status decides whether a worker can be booked, so every change is audited. */
  async setStatus(orgId: string, id: string, status: WorkerStatus, actor: AuthContext): Promise<WorkerEntity> {
    return this.workers.manager.transaction(async (manager) => {
      const rows: { status: WorkerStatus }[] = await manager.query(`SELECT status FROM workers WHERE org_id = $1 AND id = $2 FOR UPDATE`, [
        orgId,
        id,
      ]);
      if (rows.length === 0) throw new WorkersError('WORKER_NOT_FOUND', `No worker ${id} in ${orgId}.`);
      await manager.query(`UPDATE workers SET status = $3 WHERE org_id = $1 AND id = $2`, [orgId, id, status]);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'worker.status',
        entityType: 'Worker',
        entityId: id,
        detail: { from: rows[0].status, to: status },
      });
      return manager.findOneByOrFail(WorkerEntity, { orgId, id });
    });
  }
}
