import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { uuidsOnly } from '@kyodo/database';
import type { SkillStage } from '@kyodo/domain';
import { WORKER_DATA_KEY } from '../crypto/sensitive-data.cipher';
import { ClaimProgress } from './claim-progress.model';
import { workerPseudonym } from './worker-pseudonym';
import { may } from '../access/access';

interface Row {
  claim_id: string;
  owner_org_id: string;
  approved_share_minutes: number;
  booked_minutes: number;
  worker_id: string | null;
  stage: SkillStage | null;
  planned_minutes: number;
  approved_minutes: number;
}

/**
 * 進捗 of this org's work on claimed tasks. The owner of a claim sees its claims only, each
 * worker under a pseudonym with stage and minutes: personal data never leaves this node.
 */
@Injectable()
export class ClaimProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_DATA_KEY) private readonly key: Buffer,
  ) {}

  /** Progress of these claims (one statement for all of them), in the order asked; unknown ones left out. */
  async progress(auth: AuthContext, orgId: string, claimIds: readonly string[], from?: string, to?: string): Promise<ClaimProgress[]> {
    const ids = uuidsOnly(claimIds);
    if (ids.length === 0) return [];
    // This org's staff see every claim it staffs; another member's staff only the claims it owns.
    const owner = may('homeOrgStaff', auth, { orgId }) ? null : (auth.orgId ?? '');
    const rows = (await this.dataSource.query(
      `WITH approved AS (
         SELECT e.assignment_id, sum(e.minutes) AS minutes FROM time_entries e
         WHERE e.org_id = $1 AND e.status = 'APPROVED' AND ($4::date IS NULL OR e.work_date >= $4) AND ($5::date IS NULL OR e.work_date <= $5)
         GROUP BY e.assignment_id)
       SELECT s.claim_id, s.owner_org_id, s.approved_minutes AS approved_share_minutes, s.booked_minutes,
              a.worker_id, LEAST(w.it_stage, w.business_stage) AS stage,
              coalesce(sum(a.planned_minutes), 0)::int AS planned_minutes, coalesce(sum(ap.minutes), 0)::int AS approved_minutes
       FROM claim_shares s
       LEFT JOIN claim_assignments ca ON ca.claim_id = s.claim_id
       LEFT JOIN assignments a ON a.id = ca.assignment_id AND a.org_id = $1
       LEFT JOIN workers w ON w.id = a.worker_id
       LEFT JOIN approved ap ON ap.assignment_id = a.id
       WHERE s.org_id = $1 AND s.claim_id = ANY($2::uuid[]) AND ($3::text IS NULL OR s.owner_org_id = $3)
       GROUP BY s.claim_id, a.worker_id, w.it_stage, w.business_stage`,
      [orgId, ids, owner, from ?? null, to ?? null],
    )) as Row[];
    const byClaim = new Map<string, ClaimProgress>();
    for (const row of rows) {
      const claim = byClaim.get(row.claim_id) ?? {
        orgId,
        id: row.claim_id,
        claimId: row.claim_id,
        ownerOrgId: row.owner_org_id,
        approvedShareMinutes: row.approved_share_minutes,
        bookedMinutes: row.booked_minutes,
        approvedMinutes: 0,
        workers: [],
      };
      byClaim.set(row.claim_id, claim);
      if (row.worker_id === null || row.stage === null) continue;
      claim.approvedMinutes += row.approved_minutes;
      claim.workers.push({
        pseudonym: workerPseudonym(this.key, row.claim_id, row.worker_id),
        stage: row.stage,
        plannedMinutes: row.planned_minutes,
        approvedMinutes: row.approved_minutes,
      });
    }
    for (const claim of byClaim.values()) claim.workers.sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : 1));
    return ids.flatMap((id) => byClaim.get(id) ?? []);
  }
}
