import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { acceptLatestVersion } from '../documents/versioned-acceptance';
import { tokyoToday } from '@kyodo/domain';
import { DocumentIssuers } from '../documents/document-issuers';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { PayBasis } from '../assignments/pay-basis.enum';
import { monthsBetween } from '../certificates/japanese-format';
import { closingDateOf, describeCalendar, paymentDateOf } from '../pay-calendar/pay-calendar';
import { PaySettingsEntity } from '../pay-calendar/pay-settings.entity';
import { WorkerEntity } from '../workers/worker.entity';
import { CommissionTermsContent, termsSha256 } from './commission-terms-content';
import { CommissionTermsEntity } from './commission-terms.entity';
import { CommissionTermsError } from './commission-terms.errors';
import { renderCommissionTerms } from './commission-terms.pdf';
import { IssueCommissionTermsInput } from './dto/issue-commission-terms.input';
import { may } from '../access/access';

/**
 * 作業委託契約 per assignment. Staff issue the terms; the pay, the payment dates and the parties
 * come from the node's own data (the assignment, the pay calendar, the worker register), only the
 * description of the work and the delivery place are written by the director. The assignment row
 * is locked while a version is issued or accepted, so an acceptance never lands on a version that
 * a concurrent re-issue has just replaced.
 */
@Injectable()
export class CommissionTermsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuers: DocumentIssuers,
  ) {}

  async issue(orgId: string, input: IssueCommissionTermsInput, actor: AuthContext): Promise<CommissionTermsEntity> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await this.lockAssignment(manager, orgId, input.assignmentId);
      if (!assignment) throw new CommissionTermsError('ASSIGNMENT_NOT_FOUND', `No assignment ${input.assignmentId} in ${orgId}.`);
      const calendar = await manager.findOneBy(PaySettingsEntity, { orgId });
      if (!calendar)
        throw new CommissionTermsError(
          'PAY_CALENDAR_NOT_SET',
          'Set the pay calendar (setPaySettings) first: the terms state the payment date.',
        );
      const deliveryDate = input.deliveryDate ?? assignment.periodTo;
      if (deliveryDate < assignment.periodFrom) {
        throw new CommissionTermsError(
          'INVALID_DELIVERY_DATE',
          `The delivery date ${deliveryDate} is before the assignment starts on ${assignment.periodFrom}.`,
          { periodFrom: assignment.periodFrom },
        );
      }
      const worker = await manager.findOneByOrFail(WorkerEntity, { orgId, id: assignment.workerId });
      const issuer = await this.issuers.of(manager, orgId);
      const hourly = assignment.payBasis === PayBasis.HOURLY;
      const rateYen = (hourly ? assignment.hourlyRateYen : assignment.pieceRateYen) ?? 0n;
      const content: CommissionTermsContent = {
        commissioner: issuer.legalName,
        commissionerDetails: {
          identityOrgId: issuer.identityOrgId,
          registrationNumber: issuer.registrationNumber,
          address: issuer.address,
          programme: issuer.programme,
        },
        workerName: `${worker.familyName} ${worker.givenName}`,
        commissionedOn: tokyoToday(),
        workDescription: input.workDescription,
        periodFrom: assignment.periodFrom,
        periodTo: assignment.periodTo,
        plannedMinutes: assignment.plannedMinutes,
        pay: {
          basis: assignment.payBasis,
          rateYen: rateYen.toString(),
          // What the planned time pays, cut to whole yen; the statement prices the approved minutes.
          estimateYen: hourly ? ((rateYen * BigInt(assignment.plannedMinutes)) / 60n).toString() : null,
          withholding: assignment.withholding,
        },
        payment: {
          rule: describeCalendar(calendar),
          dates: monthsBetween(assignment.periodFrom.slice(0, 7), assignment.periodTo.slice(0, 7)).map((month) => ({
            month,
            closingDate: closingDateOf(calendar, month),
            paymentDate: paymentDateOf(calendar, month),
          })),
        },
        deliveryDate,
        deliveryPlace: input.deliveryPlace,
      };
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(version), 0)::int + 1 AS next FROM commission_terms WHERE org_id = $1 AND assignment_id = $2`,
        [orgId, assignment.id],
      );
      const sha256 = termsSha256(next, content);
      const terms = await manager.save(
        manager.create(CommissionTermsEntity, {
          orgId,
          assignmentId: assignment.id,
          workerId: assignment.workerId,
          version: next,
          content,
          sha256,
          issuedBy: actor.userId,
          acceptedAt: null,
          acceptedBy: null,
        }),
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'commission-terms.issue',
        entityType: 'CommissionTerms',
        entityId: terms.id,
        detail: { assignmentId: assignment.id, version: next, sha256 },
      });
      return manager.findOneByOrFail(CommissionTermsEntity, { id: terms.id });
    });
  }

  /** Accepting is once per version, by the worker, naming the hash they were shown; a repeat returns the recorded acceptance. */
  async accept(orgId: string, id: string, sha256: string, actor: AuthContext): Promise<CommissionTermsEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(CommissionTermsEntity, { orgId, id });
      const worker = found ? await manager.findOneBy(WorkerEntity, { orgId, id: found.workerId }) : null;
      if (!found || !may('ownWorker', actor, { orgId, worker }))
        throw new AuthError('FORBIDDEN', 'Only the worker they are addressed to accepts commission terms.');
      await this.lockAssignment(manager, orgId, found.assignmentId);
      const terms = await manager.findOneByOrFail(CommissionTermsEntity, { orgId, id });
      await acceptLatestVersion(manager, orgId, terms, sha256, actor, {
        table: 'commission_terms',
        scopeColumn: 'assignment_id',
        scopeId: terms.assignmentId,
        superseded: (latest) =>
          new CommissionTermsError(
            'COMMISSION_TERMS_SUPERSEDED',
            `Version ${terms.version} was replaced by version ${latest}: accept that one.`,
            { latestVersion: latest },
          ),
        hashMismatch: (actual) =>
          new CommissionTermsError('COMMISSION_TERMS_HASH_MISMATCH', 'The hash sent is not the hash of these terms.', { sha256: actual }),
        audit: { action: 'commission-terms.accept', entityType: 'CommissionTerms', detail: { assignmentId: terms.assignmentId } },
      });
      return manager.findOneByOrFail(CommissionTermsEntity, { orgId, id });
    });
  }

  /** Every version of an assignment's terms, newest first: staff (the operator's too, acting for the org), or the assignment's worker. */
  async forAssignment(orgId: string, assignmentId: string, actor: AuthContext): Promise<CommissionTermsEntity[]> {
    if (!may('homeOrgStaff', actor, { orgId }) && !may('operatorInDelegatedAct', actor, { orgId })) {
      const assignment = await this.dataSource.manager.findOneBy(AssignmentEntity, { orgId, id: assignmentId });
      const worker = assignment ? await this.dataSource.manager.findOneBy(WorkerEntity, { orgId, id: assignment.workerId }) : null;
      if (!may('ownWorker', actor, { orgId, worker }))
        throw new AuthError('FORBIDDEN', 'Commission terms go to their worker and the org’s staff only.');
    }
    return this.dataSource.manager.find(CommissionTermsEntity, { where: { orgId, assignmentId }, order: { version: 'DESC' } });
  }

  /** The caller's own terms at this org, newest first. */
  async forUser(orgId: string, actor: AuthContext): Promise<CommissionTermsEntity[]> {
    if (actor.orgId !== orgId) return [];
    return this.dataSource.manager
      .createQueryBuilder(CommissionTermsEntity, 't')
      .innerJoin(WorkerEntity, 'w', 'w.id = t.worker_id AND w.org_id = t.org_id')
      .where('t.org_id = :orgId AND w.user_id = :userId', { orgId, userId: actor.userId })
      .orderBy('t.issued_at', 'DESC')
      .addOrderBy('t.version', 'DESC')
      .getMany();
  }

  /** The terms as the PDF the worker is shown; each download is audited, as certificates are. */
  async pdf(orgId: string, id: string, actor: AuthContext): Promise<PdfFile> {
    return this.dataSource.transaction(async (manager) => {
      const terms = await manager.findOneBy(CommissionTermsEntity, { orgId, id });
      const worker = terms ? await manager.findOneBy(WorkerEntity, { orgId, id: terms.workerId }) : null;
      const staff = may('homeOrgStaff', actor, { orgId }) || may('operatorInDelegatedAct', actor, { orgId });
      if (!staff && !may('ownWorker', actor, { orgId, worker }))
        throw new AuthError('FORBIDDEN', 'Commission terms go to their worker and the org’s staff only.');
      if (!terms) throw new CommissionTermsError('COMMISSION_TERMS_NOT_FOUND', `No commission terms ${id} in ${orgId}.`);
      const bytes = await renderCommissionTerms(terms);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'commission-terms.download',
        entityType: 'CommissionTerms',
        entityId: id,
        detail: { version: terms.version },
      });
      return toPdfFile(`commission-terms-${terms.assignmentId}-v${terms.version}.pdf`, bytes);
    });
  }

  private lockAssignment(manager: EntityManager, orgId: string, id: string): Promise<AssignmentEntity | null> {
    return manager
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.org_id = :orgId AND a.id = :id', { orgId, id })
      .getOne();
  }
}
