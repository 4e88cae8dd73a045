import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { SetOperatingCostInput } from './dto/set-operating-cost.input';
import { OperatingCostEntity } from './operating-cost.entity';

@Injectable()
export class OperatingCostsService {
  constructor(@InjectRepository(OperatingCostEntity) private readonly costs: Repository<OperatingCostEntity>) {}

  list(fiscalYear: number): Promise<OperatingCostEntity[]> {
    return this.costs.find({ where: { fiscalYear }, order: { orgId: 'ASC' } });
  }

  /** The costs of several years at once (reports read a year and the one before), one org's or all. */
  ofYears(fiscalYears: readonly number[], orgId: string | null): Promise<OperatingCostEntity[]> {
    return this.costs.find({ where: { fiscalYear: In([...fiscalYears]), ...(orgId ? { orgId } : {}) } });
  }

  /**
   * One INSERT .. ON CONFLICT statement, so concurrent writers never hit the primary key; the
   * amount it replaces and the new one go to the audit log in the same transaction (costs move
   * the net result).
   */
  async set(input: SetOperatingCostInput, auth: AuthContext): Promise<OperatingCostEntity> {
    return this.costs.manager.transaction(async (tx) => {
      const repository = tx.getRepository(OperatingCostEntity);
      const before = await repository.findOne({
        where: { orgId: input.orgId, fiscalYear: input.fiscalYear },
        lock: { mode: 'pessimistic_write' },
      });
      const cost = repository.create({ orgId: input.orgId, fiscalYear: input.fiscalYear, amountYen: input.amountYen });
      await repository.upsert(cost, ['orgId', 'fiscalYear']);
      await appendAudit(tx, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'operating-cost.set',
        entityType: 'operating_cost',
        entityId: `${input.orgId}/${input.fiscalYear}`,
        detail: { before: before?.amountYen.toString() ?? null, after: input.amountYen.toString() },
      });
      return cost;
    });
  }
}
