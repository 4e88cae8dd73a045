import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
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

  /** One INSERT .. ON CONFLICT statement, so concurrent writers never hit the primary key. */
  async set(input: SetOperatingCostInput): Promise<OperatingCostEntity> {
    const cost = this.costs.create({ orgId: input.orgId, fiscalYear: input.fiscalYear, amountYen: input.amountYen });
    await this.costs.upsert(cost, ['orgId', 'fiscalYear']);
    return cost;
  }
}
