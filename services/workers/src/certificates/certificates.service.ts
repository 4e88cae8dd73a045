import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { firstDayOf, lastDayOf } from '../pay/year-month';
import { WorkerEntity } from '../workers/worker.entity';
import type { CertificateHeader, PaymentMonth, WorkMonth } from './certificate-data';
import type { DocumentIssuer } from '@kyodo/domain';
import { DocumentIssuers } from '../documents/document-issuers';
import { CertificateIssuer, ownIssuerOf } from './certificate-issuer';
import { CertificatesError } from './certificates.errors';
import { monthsBetween } from './japanese-format';
import { renderPaymentCertificate } from './payment-certificate.pdf';
import { renderWorkCertificate } from './work-certificate.pdf';
import { may } from '../access/access';

const MAX_MONTHS = 24;

export interface CertificateRequest {
  workerId: string;
  from: string;
  to: string;
}

/**
 * Certificates print a worker's personal data, so they go to the worker themself and to their
 * org's staff only, and each one issued is audited (who had which document made, for whom).
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuers: DocumentIssuers,
  ) {}

  workCertificate(orgId: string, request: CertificateRequest, actor: AuthContext): Promise<PdfFile> {
    return this.issue(orgId, request, actor, 'work', async (manager, header) => {
      // By the day worked, whatever month paid it: a correction paid later as an adjustment counts here.
      const [rows, closed] = await Promise.all([
        manager.query<Omit<WorkMonth, 'payClosed'>[]>(
          `SELECT to_char(work_date, 'YYYY-MM') AS month, count(DISTINCT work_date)::int AS days, sum(minutes)::int AS minutes
           FROM time_entries
           WHERE org_id = $1 AND worker_id = $2 AND status = 'APPROVED' AND work_date BETWEEN $3 AND $4
           GROUP BY 1`,
          [orgId, request.workerId, firstDayOf(request.from), lastDayOf(request.to)],
        ),
        this.closedMonths(manager, orgId, request),
      ]);
      const months = monthsBetween(request.from, request.to).map((month): WorkMonth => ({
        ...(rows.find((r) => r.month === month) ?? { month, days: 0, minutes: 0 }),
        payClosed: closed.has(month),
      }));
      return renderWorkCertificate({ ...header, months });
    });
  }

  paymentCertificate(orgId: string, request: CertificateRequest, actor: AuthContext): Promise<PdfFile> {
    return this.issue(orgId, request, actor, 'payment', async (manager, header) => {
      // Every closed month of the period, with the worker's statement when they were paid in it.
      const rows: { month: string; gross: string | null; withholding: string | null; net: string | null }[] = await manager.query(
        `SELECT to_char(c.month, 'YYYY-MM') AS month, s.gross_yen::text AS gross, s.withholding_yen::text AS withholding, s.net_yen::text AS net
         FROM closed_pay_months c
         LEFT JOIN pay_statements s ON s.org_id = c.org_id AND s.month = c.month AND s.worker_id = $2
         WHERE c.org_id = $1 AND c.month BETWEEN $3 AND $4`,
        [orgId, request.workerId, firstDayOf(request.from), firstDayOf(request.to)],
      );
      const months = monthsBetween(request.from, request.to).map((month): PaymentMonth => {
        const row = rows.find((r) => r.month === month);
        if (!row) return { month, paid: null };
        return {
          month,
          paid: { grossYen: BigInt(row.gross ?? 0), withholdingYen: BigInt(row.withholding ?? 0), netYen: BigInt(row.net ?? 0) },
        };
      });
      return renderPaymentCertificate({ ...header, months });
    });
  }

  /** The months of the period whose pay the org has closed. */
  private async closedMonths(manager: EntityManager, orgId: string, request: CertificateRequest): Promise<Set<string>> {
    const rows: { month: string }[] = await manager.query(
      `SELECT to_char(month, 'YYYY-MM') AS month FROM closed_pay_months WHERE org_id = $1 AND month BETWEEN $2 AND $3`,
      [orgId, firstDayOf(request.from), firstDayOf(request.to)],
    );
    return new Set(rows.map((r) => r.month));
  }

  /** The issuer block of the org's certificates as it will print (its partner operator's, for a town operated by another); staff of the org only. */
  issuer(orgId: string): Promise<DocumentIssuer> {
    return this.issuers.of(this.dataSource.manager, orgId);
  }

  /**
   * Records the org's own legal details for its certificates (replacing any before); org admin;
   * audited with the before and after. Answers the block as it will print, which for a town
   * operated by another stays its operator's.
   */
  async setIssuer(orgId: string, input: CertificateIssuer, actor: AuthContext): Promise<DocumentIssuer> {
    return this.dataSource.transaction(async (manager) => {
      const before = await ownIssuerOf(manager, orgId);
      await manager.query(
        `INSERT INTO certificate_issuers (org_id, legal_name, address, phone, representative, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (org_id) DO UPDATE SET legal_name = EXCLUDED.legal_name, address = EXCLUDED.address, phone = EXCLUDED.phone,
           representative = EXCLUDED.representative, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [orgId, input.legalName, input.address, input.phone, input.representative, actor.userId],
      );
      const after = await ownIssuerOf(manager, orgId);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'certificate-issuer.set',
        entityType: 'CertificateIssuer',
        entityId: orgId,
        detail: { before, after },
      });
      return this.issuers.of(manager, orgId);
    });
  }

  private async issue(
    orgId: string,
    request: CertificateRequest,
    actor: AuthContext,
    kind: 'work' | 'payment',
    render: (manager: EntityManager, header: CertificateHeader) => Promise<Buffer>,
  ): Promise<PdfFile> {
    const months = monthsBetween(request.from, request.to).length;
    if (months < 1 || months > MAX_MONTHS)
      throw new CertificatesError('INVALID_PERIOD', `The period must run forward and span at most ${MAX_MONTHS} months.`, {
        from: request.from,
        to: request.to,
      });
    return this.dataSource.transaction(async (manager) => {
      const worker = await manager.findOneBy(WorkerEntity, { orgId, id: request.workerId });
      const own = may('ownWorker', actor, { orgId, worker });
      if (!may('homeOrgStaff', actor, { orgId }) && !own)
        throw new AuthError('FORBIDDEN', 'A certificate goes to its worker and to the org’s staff only.');
      if (!worker) throw new CertificatesError('WORKER_NOT_FOUND', `No worker ${request.workerId} in ${orgId}.`);
      const issuer = await this.issuers.of(manager, orgId);
      const bytes = await render(manager, { issuer, issuedOn: tokyoToday(), worker, from: request.from, to: request.to });
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: `certificate.${kind}`,
        entityType: 'Worker',
        entityId: worker.id,
        detail: { from: request.from, to: request.to },
      });
      return toPdfFile(`${kind}-certificate-${request.from}_${request.to}.pdf`, bytes);
    });
  }
}
