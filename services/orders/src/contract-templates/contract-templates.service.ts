import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { ContractTemplateKind } from './contract-template-kind.enum';
import { ContractTemplateEntity } from './contract-template.entity';
import { SaveContractTemplateInput } from './dto/save-contract-template.input';

/** The member's client contract and NDA texts, versioned: a save adds a version, none is ever changed. */
@Injectable()
export class ContractTemplatesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every saved version, by kind, newest first. */
  list(orgId: string, kind?: ContractTemplateKind): Promise<ContractTemplateEntity[]> {
    return this.dataSource.manager.find(ContractTemplateEntity, {
      where: kind ? { orgId, kind } : { orgId },
      order: { kind: 'DESC', version: 'DESC' },
    });
  }

  /**
   * Saves the next version of a kind. A transaction-scoped advisory lock on org and kind numbers
   * concurrent saves one after another (the unique key would refuse the second instead).
   */
  save(orgId: string, input: SaveContractTemplateInput, actor: AuthContext): Promise<ContractTemplateEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('contract_templates:' || $1 || ':' || $2))`, [orgId, input.kind]);
      const next = ((await newestVersion(manager, orgId, input.kind)) ?? 0) + 1;
      const saved = await manager.save(
        manager.create(ContractTemplateEntity, {
          orgId,
          kind: input.kind,
          version: next,
          title: input.title,
          body: input.body,
          savedBy: actor.userId,
        }),
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'contract-template.save',
        entityType: 'ContractTemplate',
        entityId: saved.id,
        detail: { kind: input.kind, version: next, title: input.title },
      });
      return manager.findOneByOrFail(ContractTemplateEntity, { id: saved.id });
    });
  }
}

/** The newest saved version of a kind, or null before the first save: what a new contract is made on. */
export async function newestVersion(manager: EntityManager, orgId: string, kind: ContractTemplateKind): Promise<number | null> {
  const [{ version }]: { version: number | null }[] = await manager.query(
    `SELECT max(version)::int AS version FROM contract_templates WHERE org_id = $1 AND kind = $2`,
    [orgId, kind],
  );
  return version;
}
