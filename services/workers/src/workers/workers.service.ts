import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { uuidsOnly } from '@kyodo/database';
import { decodeCursor, Page, toPage } from '@kyodo/subgraph';
import { RegisterWorkerInput } from './dto/register-worker.input';
import { WorkerEntity } from './worker.entity';
import { WorkerStatus } from './worker-status.enum';

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

  register(orgId: string, input: RegisterWorkerInput): Promise<WorkerEntity> {
    return this.workers.save(
      this.workers.create({
        orgId,
        status: WorkerStatus.REGISTERED,
        familyName: input.familyName,
        givenName: input.givenName,
        familyNameKana: input.familyNameKana,
        givenNameKana: input.givenNameKana,
        email: input.email ?? null,
        phone: input.phone ?? null,
        itStage: input.itStage,
        businessStage: input.businessStage,
        skillTags: input.skillTags,
        monthlyHourCap: input.monthlyHourCap,
        consortiumConsent: input.consortiumConsent,
      }),
    );
  }
}
