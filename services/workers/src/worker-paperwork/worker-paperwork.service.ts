import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerPaperworkGap } from './worker-paperwork-gap.model';

/**
 * Which of the member's workers still lack a basic contract or a bank account. Inactive workers
 * are left out (nothing is commissioned to them); the bank account is only tested for presence,
 * its sealed contents are never opened here.
 */
@Injectable()
export class WorkerPaperworkService {
  constructor(private readonly dataSource: DataSource) {}

  async gaps(orgId: string): Promise<WorkerPaperworkGap[]> {
    const rows: { id: string; missing_contract: boolean; missing_bank: boolean }[] = await this.dataSource.query(
      `SELECT w.id,
              NOT EXISTS (SELECT 1 FROM basic_contracts c WHERE c.org_id = w.org_id AND c.worker_id = w.id) AS missing_contract,
              NOT EXISTS (SELECT 1 FROM worker_bank_accounts b WHERE b.worker_id = w.id) AS missing_bank
         FROM workers w
        WHERE w.org_id = $1 AND w.status <> 'INACTIVE'
        ORDER BY w.family_name_kana, w.given_name_kana, w.id`,
      [orgId],
    );
    const gaps = rows.filter((r) => r.missing_contract || r.missing_bank);
    if (gaps.length === 0) return [];
    const workers = await this.dataSource.manager.findBy(
      WorkerEntity,
      gaps.map((g) => ({ orgId, id: g.id })),
    );
    const byId = new Map(workers.map((w) => [w.id, w]));
    return gaps.flatMap((g) => {
      const worker = byId.get(g.id);
      return worker ? [{ worker, missingBasicContract: g.missing_contract, missingBankAccount: g.missing_bank }] : [];
    });
  }
}
