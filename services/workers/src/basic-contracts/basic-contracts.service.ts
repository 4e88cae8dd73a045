import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { acceptLatestVersion } from '../documents/versioned-acceptance';
import { canonicalJson } from '../commission-terms/commission-terms-content';
import type { DocumentIssuer } from '@kyodo/domain';
import { DocumentIssuers } from '../documents/document-issuers';
import { WorkerEntity } from '../workers/worker.entity';
import { BasicContractEntity } from './basic-contract.entity';
import { BasicContractTemplateEntity } from './basic-contract-template.entity';
import { BasicContractsError } from './basic-contracts.errors';
import { IssueBasicContractInput } from './dto/issue-basic-contract.input';
import { SaveBasicContractTemplateInput } from './dto/save-basic-contract-template.input';
import { may } from '../access/access';

/** The hash a worker accepts: the version, title, text and the contracting party (absent on versions from before it was kept, whose hash stays as accepted). */
export const basicContractSha256 = (version: number, title: string, body: string, issuer?: DocumentIssuer): string =>
  createHash('sha256').update(canonicalJson({ version, title, body, issuer }), 'utf8').digest('hex');

/**
 * 基本契約 per worker. Issuing and accepting lock the worker row, so versions are numbered one
 * after another and an acceptance never lands on a version a concurrent issue has replaced.
 */
@Injectable()
export class BasicContractsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuers: DocumentIssuers,
  ) {}

  issue(orgId: string, input: IssueBasicContractInput, actor: AuthContext): Promise<BasicContractEntity> {
    return this.dataSource.transaction((manager) => this.issueIn(manager, orgId, input, null, actor));
  }

  /**
   * Issues the member's newest template to a worker: the contract copies its title and text and
   * names its version, so later saves of the template leave the issued contract as it was.
   */
  issueFromTemplate(orgId: string, workerId: string, actor: AuthContext): Promise<BasicContractEntity> {
    return this.dataSource.transaction(async (manager) => {
      const template = await manager.findOne(BasicContractTemplateEntity, { where: { orgId }, order: { version: 'DESC' } });
      if (!template) throw new BasicContractsError('BASIC_CONTRACT_TEMPLATE_MISSING', `${orgId} has saved no basic contract template.`);
      return this.issueIn(manager, orgId, { workerId, title: template.title, body: template.body }, template.version, actor);
    });
  }

  /** Every saved version of the member's template, newest first. */
  templates(orgId: string): Promise<BasicContractTemplateEntity[]> {
    return this.dataSource.manager.find(BasicContractTemplateEntity, { where: { orgId }, order: { version: 'DESC' } });
  }

  /**
   * Saves the template as its next version. A transaction-scoped advisory lock on the org numbers
   * concurrent saves one after another (the unique key would refuse the second instead).
   */
  saveTemplate(orgId: string, input: SaveBasicContractTemplateInput, actor: AuthContext): Promise<BasicContractTemplateEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('basic_contract_templates:' || $1))`, [orgId]);
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT coalesce(max(version), 0)::int + 1 AS next FROM basic_contract_templates WHERE org_id = $1`,
        [orgId],
      );
      const saved = await manager.save(
        manager.create(BasicContractTemplateEntity, { orgId, version: next, title: input.title, body: input.body, savedBy: actor.userId }),
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'basic-contract-template.save',
        entityType: 'BasicContractTemplate',
        entityId: saved.id,
        detail: { version: next, title: input.title },
      });
      return manager.findOneByOrFail(BasicContractTemplateEntity, { id: saved.id });
    });
  }

  private async issueIn(
    manager: EntityManager,
    orgId: string,
    input: IssueBasicContractInput,
    templateVersion: number | null,
    actor: AuthContext,
  ): Promise<BasicContractEntity> {
    const locked: unknown[] = await manager.query(`SELECT 1 FROM workers WHERE org_id = $1 AND id = $2 FOR UPDATE`, [
      orgId,
      input.workerId,
    ]);
    if (locked.length === 0) throw new BasicContractsError('WORKER_NOT_FOUND', `No worker ${input.workerId} in ${orgId}.`);
    const [{ next }]: { next: number }[] = await manager.query(
      `SELECT coalesce(max(version), 0)::int + 1 AS next FROM basic_contracts WHERE org_id = $1 AND worker_id = $2`,
      [orgId, input.workerId],
    );
    // 基本契約 is made with whoever contracts for the member: its partner operator, for a town operated by another.
    const issuer = await this.issuers.of(manager, orgId);
    const sha256 = basicContractSha256(next, input.title, input.body, issuer);
    const saved = await manager.save(
      manager.create(BasicContractEntity, {
        orgId,
        workerId: input.workerId,
        version: next,
        title: input.title,
        body: input.body,
        issuer,
        sha256,
        issuedBy: actor.userId,
        templateVersion,
        acceptedAt: null,
        acceptedBy: null,
      }),
    );
    await appendAudit(manager, {
      actorId: actor.userId,
      actorOrgId: actor.orgId,
      action: 'basic-contract.issue',
      entityType: 'BasicContract',
      entityId: saved.id,
      detail: { workerId: input.workerId, version: next, sha256, templateVersion },
    });
    return manager.findOneByOrFail(BasicContractEntity, { id: saved.id });
  }

  accept(orgId: string, id: string, sha256: string, actor: AuthContext): Promise<BasicContractEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(BasicContractEntity, { orgId, id });
      const worker = found ? await manager.findOneBy(WorkerEntity, { orgId, id: found.workerId }) : null;
      if (!found || !may('ownWorker', actor, { orgId, worker }))
        throw new AuthError('FORBIDDEN', 'Only the worker it is made with accepts a basic contract.');
      await manager.query(`SELECT 1 FROM workers WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, found.workerId]);
      const contract = await manager.findOneByOrFail(BasicContractEntity, { orgId, id });
      await acceptLatestVersion(manager, orgId, contract, sha256, actor, {
        table: 'basic_contracts',
        scopeColumn: 'worker_id',
        scopeId: contract.workerId,
        superseded: (latest) =>
          new BasicContractsError(
            'BASIC_CONTRACT_SUPERSEDED',
            `Version ${contract.version} was replaced by version ${latest}: accept that one.`,
            { latestVersion: latest },
          ),
        hashMismatch: (actual) =>
          new BasicContractsError('BASIC_CONTRACT_HASH_MISMATCH', 'The hash sent is not the hash of this contract.', { sha256: actual }),
        audit: { action: 'basic-contract.accept', entityType: 'BasicContract', detail: { workerId: contract.workerId } },
      });
      return manager.findOneByOrFail(BasicContractEntity, { orgId, id });
    });
  }

  /** Every version of a worker's basic contract, newest first: staff, or the worker themself. */
  async forWorker(orgId: string, workerId: string, actor: AuthContext): Promise<BasicContractEntity[]> {
    if (!may('homeOrgStaff', actor, { orgId })) {
      const worker = await this.dataSource.manager.findOneBy(WorkerEntity, { orgId, id: workerId });
      if (!may('ownWorker', actor, { orgId, worker }))
        throw new AuthError('FORBIDDEN', 'A basic contract goes to its worker and the org’s staff only.');
    }
    return this.dataSource.manager.find(BasicContractEntity, { where: { orgId, workerId }, order: { version: 'DESC' } });
  }

  async forUser(orgId: string, actor: AuthContext): Promise<BasicContractEntity[]> {
    if (actor.orgId !== orgId) return [];
    return this.dataSource.manager
      .createQueryBuilder(BasicContractEntity, 'c')
      .innerJoin(WorkerEntity, 'w', 'w.id = c.worker_id AND w.org_id = c.org_id')
      .where('c.org_id = :orgId AND w.user_id = :userId', { orgId, userId: actor.userId })
      .orderBy('c.version', 'DESC')
      .getMany();
  }
}
