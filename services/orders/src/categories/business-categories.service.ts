import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { ClientSector } from '../clients/client-sector.enum';
import { OrdersError } from '../orders/orders.errors';
import { BusinessCategoryEntity } from './business-category.entity';
import { CategoryWithholdingEntity } from './category-withholding.entity';
import { CreateBusinessCategoryInput } from './dto/create-business-category.input';

/** A PUBLIC category serves any client; a PRIVATE one only private-sector clients. */
export function categoryUsableFor(category: BusinessCategoryEntity, clientSector: ClientSector): boolean {
  return category.sector === ClientSector.PUBLIC || clientSector === ClientSector.PRIVATE;
}

@Injectable()
export class BusinessCategoriesService {
  constructor(@InjectRepository(BusinessCategoryEntity) private readonly categories: Repository<BusinessCategoryEntity>) {}

  /** The standard list and the org's own additions, never another org's. */
  async list(orgId: string, usableFor?: ClientSector): Promise<BusinessCategoryEntity[]> {
    const all = await this.categories.find({
      where: [{ orgId: IsNull() }, { orgId }],
      order: { sector: 'DESC', createdAt: 'ASC', code: 'ASC' },
    });
    const withheld = await this.withheldCodes(this.categories.manager, orgId);
    for (const category of all) category.withholding = withheld.has(category.code);
    return usableFor ? all.filter((c) => categoryUsableFor(c, usableFor)) : all;
  }

  /** 源泉徴収: whether the org withholds tax from pay for work of the category (false when never set). */
  async withholds(manager: EntityManager, orgId: string, code: string): Promise<boolean> {
    return (await manager.findOneBy(CategoryWithholdingEntity, { orgId, code }))?.withholding ?? false;
  }

  /**
   * An org admin decides whether the category's pay is withheld at the org; audited with the
   * value before. Only a category the org can file orders under (standard or its own) is known.
   * Assignments booked earlier keep what they were booked with.
   */
  async setWithholding(auth: AuthContext, orgId: string, code: string, withholding: boolean): Promise<BusinessCategoryEntity> {
    return this.categories.manager.transaction(async (manager) => {
      const category = await manager.findOneBy(BusinessCategoryEntity, { code });
      if (!category || (category.orgId !== null && category.orgId !== orgId)) {
        throw new OrdersError('CATEGORY_NOT_FOUND', `No business category ${code} at this org.`, { code });
      }
      const before = await this.withholds(manager, orgId, code);
      await manager.query(
        `INSERT INTO category_withholding (org_id, code, withholding, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, code) DO UPDATE SET withholding = EXCLUDED.withholding, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [orgId, code, withholding, auth.userId],
      );
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'business-category.withholding',
        entityType: 'BusinessCategory',
        entityId: code,
        detail: { orgId, before: { withholding: before }, after: { withholding } },
      });
      category.withholding = withholding;
      return category;
    });
  }

  private async withheldCodes(manager: EntityManager, orgId: string): Promise<Set<string>> {
    const rows = await manager.find(CategoryWithholdingEntity, { select: { code: true }, where: { orgId, withholding: true } });
    return new Set(rows.map((row) => row.code));
  }

  get(code: string): Promise<BusinessCategoryEntity | null> {
    return this.categories.findOneBy({ code });
  }

  async create(orgId: string, input: CreateBusinessCategoryInput): Promise<BusinessCategoryEntity> {
    // insert, not save: save() on an existing primary key would silently overwrite the standard entry.
    try {
      await this.categories.insert(this.categories.create({ ...input, orgId }));
    } catch (error) {
      if (isUniqueViolation(error))
        throw new OrdersError('CATEGORY_EXISTS', `Category ${input.code} exists already.`, { code: input.code });
      throw error;
    }
    const created = await this.categories.findOneByOrFail({ code: input.code });
    created.withholding = false;
    return created;
  }
}
